package kr.crm.identity.internal;

import kr.crm.api.store.IdentityKind;
import kr.crm.api.store.SharedValue;
import kr.crm.api.store.WatermarkStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the compaction scan stands: after {@code kind} and {@code canonical}, stored as
 * {@code KIND:canonical} cut to the watermark column's 64 characters. A cut value resumes a little
 * early (at the values sharing its first characters), which only looks at a few values again.
 */
final class ScanPosition {
    private static final Logger LOG = LoggerFactory.getLogger(ScanPosition.class);
    private static final int WATERMARK_LENGTH = 64;

    private final WatermarkStore watermarks;
    private final String name;
    private String stored;
    private IdentityKind kind;
    private String canonical;

    /** The position kept under {@code name}; read from there only with {@code resume}, else the start. */
    ScanPosition(WatermarkStore watermarks, String name, boolean resume) {
        this.watermarks = watermarks;
        this.name = name;
        this.stored = watermarks.get(name).orElse(null);
        int colon = stored == null || !resume ? -1 : stored.indexOf(':');
        if (colon > 0) {
            try {
                kind = IdentityKind.valueOf(stored.substring(0, colon));
                canonical = stored.substring(colon + 1);
            } catch (IllegalArgumentException e) {
                kind = null; // not ours to read: start at the beginning
            }
        }
    }

    IdentityKind kind() {
        return kind;
    }

    String canonical() {
        return kind == null ? null : canonical;
    }

    /** Moves past {@code value}, or back to the start (null) once the scan is through. */
    void save(SharedValue value) {
        String next = value == null ? "" : value.kind().name() + ":" + value.canonical();
        if (next.length() > WATERMARK_LENGTH) {
            next = next.substring(0, WATERMARK_LENGTH);
        }
        kind = value == null ? null : value.kind();
        canonical = value == null ? null : next.substring(next.indexOf(':') + 1);
        try {
            if (!watermarks.advance(name, stored, next)) {
                // another run moved it (a run started over REST beside the scheduled one): ours wins
                watermarks.advance(name, watermarks.get(name).orElse(null), next);
            }
            stored = next;
        } catch (RuntimeException e) {
            LOG.warn("Compaction: position not saved: {}", e.getClass().getName());
        }
    }
}
