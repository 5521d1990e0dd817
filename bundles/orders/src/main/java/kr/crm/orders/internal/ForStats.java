package kr.crm.orders.internal;

import java.util.Locale;
import kr.crm.api.order.IngestResult;

/** A result as the per-source counts keep it: an unreadable source counts as {@code (invalid)}, texts cut to size. */
final class ForStats {
    private ForStats() {
    }

    static IngestResult of(IngestResult r) {
        String source = r.source() == null ? null : r.source().strip().toLowerCase(Locale.ROOT);
        if (source == null || !source.matches("[a-z0-9][a-z0-9._-]{0,39}")) {
            source = "(invalid)";
        }
        return new IngestResult(source, cut(r.orderNo(), 64), r.outcome(), r.customerKey(), cut(r.field(), 100),
                cut(r.reason(), 500));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
