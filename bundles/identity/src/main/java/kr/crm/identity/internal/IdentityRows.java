package kr.crm.identity.internal;

import java.util.ArrayList;
import java.util.List;
import kr.crm.api.identity.Normalized;
import kr.crm.api.store.IdentityKind;
import kr.crm.api.store.IdentityRow;

/** The index rows a source's party adds to a customer: every value as entered, flagged if invalid. */
final class IdentityRows {
    private IdentityRows() {
    }

    static List<IdentityRow> of(String customerKey, String source, Probe probe) {
        List<IdentityRow> rows = new ArrayList<>();
        if (probe.name() != null) {
            rows.add(new IdentityRow(customerKey, source, IdentityKind.NAME, cut(probe.name()), probe.nameKey(), true));
        }
        if (probe.hostNo() != null) {
            rows.add(new IdentityRow(customerKey, source, IdentityKind.HOST_NO, cut(probe.hostNo()), probe.hostNo(), true));
        }
        add(rows, customerKey, source, IdentityKind.BRN, probe.brn());
        add(rows, customerKey, source, IdentityKind.PHONE, probe.phone());
        add(rows, customerKey, source, IdentityKind.EMAIL, probe.email());
        add(rows, customerKey, source, IdentityKind.ADDRESS, probe.address());
        return rows;
    }

    private static void add(List<IdentityRow> rows, String key, String source, IdentityKind kind, Normalized value) {
        if (value.present()) {
            rows.add(new IdentityRow(key, source, kind, cut(value.entered()), value.canonical(), value.valid()));
        }
    }

    private static String cut(String s) {
        return s.length() <= 254 ? s : s.substring(0, 254);
    }
}
