package kr.crm.identity.internal;

import java.util.List;
import java.util.Objects;
import kr.crm.api.store.IdentityKind;
import kr.crm.api.store.IdentityRow;

/**
 * Scores one candidate customer against a probe, by the documented rule: same host customer
 * number or same BRN digits 100; same name (Hangul or its Latin spelling: 박지호 / Park Jiho) and
 * phone, or same name and e-mail, 90; phone and e-mail
 * both shared, or a name one character off (a typo: 주수진/주수징) with a shared phone or e-mail, 85;
 * the same name at the same address 85; a shared phone or e-mail alone 50 (an address alone
 * counts for nothing: families share one). Two different valid BRNs veto a match (score at most 40):
 * companies sharing a switchboard are still different companies.
 */
final class MatchScorer {
    private MatchScorer() {
    }

    record Score(int value, String rule) {
    }

    static Score score(Probe probe, List<IdentityRow> rows) {
        boolean host = has(rows, IdentityKind.HOST_NO, probe.hostNo());
        boolean brn = has(rows, IdentityKind.BRN, probe.brn().canonical());
        boolean name = sameName(rows, probe.nameKey());
        boolean phone = has(rows, IdentityKind.PHONE, probe.phone().canonical());
        boolean email = has(rows, IdentityKind.EMAIL, probe.email().canonical());
        boolean nearName = !name && nearlyHas(rows, probe.nameKey());
        boolean address = has(rows, IdentityKind.ADDRESS, probe.address().valid() ? probe.address().canonical() : null);
        Score score;
        if (host) {
            score = new Score(100, "HOST_NO");
        } else if (brn) {
            score = new Score(100, "BRN");
        } else if (name && phone) {
            score = new Score(90, "NAME+PHONE");
        } else if (name && email) {
            score = new Score(90, "NAME+EMAIL");
        } else if (phone && email) {
            score = new Score(85, "PHONE+EMAIL");
        } else if (name && address) {
            score = new Score(85, "NAME+ADDRESS");
        } else if (nearName && (phone || email)) {
            score = new Score(85, phone ? "NEAR_NAME+PHONE" : "NEAR_NAME+EMAIL");
        } else if (phone || email) {
            score = new Score(50, phone ? "PHONE" : "EMAIL");
        } else {
            score = new Score(0, null);
        }
        if (!brn && probe.brn().valid() && hasOtherValid(rows, IdentityKind.BRN, probe.brn().canonical())) {
            score = new Score(Math.min(score.value(), 40), score.rule() == null ? null : score.rule() + "-BRN_CONFLICT");
        }
        return score;
    }

    /** The same folded name, or the same Korean name once in Hangul and once in Latin letters. */
    private static boolean sameName(List<IdentityRow> rows, String nameKey) {
        return nameKey != null && rows.stream()
                .anyMatch(r -> r.kind() == IdentityKind.NAME && LatinNames.same(nameKey, r.canonical()));
    }

    private static boolean has(List<IdentityRow> rows, IdentityKind kind, String canonical) {
        return canonical != null && rows.stream().anyMatch(r -> r.kind() == kind && canonical.equals(r.canonical()));
    }

    /** A stored name one edit (insert, delete or change of a character) away; names of 3+ characters. */
    private static boolean nearlyHas(List<IdentityRow> rows, String nameKey) {
        return nameKey != null && nameKey.codePointCount(0, nameKey.length()) >= 3 && rows.stream()
                .anyMatch(r -> r.kind() == IdentityKind.NAME && r.canonical() != null
                        && EditDistance.atMostOne(nameKey, r.canonical()));
    }

    private static boolean hasOtherValid(List<IdentityRow> rows, IdentityKind kind, String canonical) {
        return rows.stream().anyMatch(r -> r.kind() == kind && r.valid() && !Objects.equals(canonical, r.canonical()));
    }
}
