package kr.crm.api.store;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Where each poll connector stands. */
@ProviderType
public interface WatermarkStore {

    Optional<String> get(String name);

    /** Moves the watermark from {@code expected} (null: none yet) to {@code next}. @return false if it moved meanwhile */
    boolean advance(String name, String expected, String next);
}
