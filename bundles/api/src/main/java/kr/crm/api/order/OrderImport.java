package kr.crm.api.order;

import java.io.IOException;
import java.io.InputStream;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Imports one channel's order file (CSV) by that channel's column mapping. One service per
 * configured channel, with the service property {@code crm.source} naming it.
 */
@ProviderType
public interface OrderImport {

    /** Service property naming the channel an import serves. */
    String SOURCE_PROPERTY = "crm.source";

    /** The channel this import serves, e.g. {@code gs-shop}. */
    String source();

    /**
     * Reads every row; rows that cannot be read are reported and skipped, the rest go in. Lines of
     * one order must be on adjacent rows, as channels export them.
     */
    ImportReport importFile(InputStream file) throws IOException;
}
