package kr.crm.grading.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.crm.api.grade.AccountMeasures;
import kr.crm.api.grade.Grade;
import kr.crm.api.grade.GradeChange;
import kr.crm.api.grade.GradeOverride;
import kr.crm.api.grade.GradingPolicy;
import kr.crm.api.store.GradeWrite;
import kr.crm.api.store.StoredGrade;

/**
 * Compares what the policy gives with what is stored and returns the writes for the accounts
 * whose computed grade or grade in force changes; the others cost nothing. An override applies
 * through its last day (Asia/Seoul).
 */
final class Regrader {
    static final int WHY_MAX = 1000;

    private Regrader() {
    }

    static List<GradeWrite> changes(GradingPolicy policy, List<AccountMeasures> measures,
            Map<String, StoredGrade> stored, LocalDate today, Instant now, String actor) {
        List<GradeWrite> writes = new ArrayList<>();
        for (AccountMeasures m : measures) {
            StoredGrade before = stored.get(m.accountKey());
            PolicyRules.Verdict verdict = PolicyRules.grade(policy, m);
            GradeOverride override = before == null ? null : before.override();
            boolean overridden = override != null && !override.expiresOn().isBefore(today);
            Grade inForce = overridden ? override.grade() : verdict.grade();
            Grade oldGrade = before == null ? null : before.grade();
            Grade oldComputed = before == null ? null : before.computed();
            if (inForce == oldGrade && verdict.grade() == oldComputed) {
                continue;
            }
            List<String> why = verdict.reasons();
            String reasons = String.join("\n", why);
            GradeChange change = null;
            if (inForce != oldGrade) {
                change = overridden
                        ? new GradeChange(m.accountKey(), oldGrade, inForce,
                                clip("override until " + override.expiresOn() + ": " + override.reason()), now, null,
                                override.by())
                        : new GradeChange(m.accountKey(), oldGrade, inForce,
                                clip(prefix(before) + "policy v" + policy.version() + ": "
                                        + String.join("; ", why)), now, policy.version(), actor);
            }
            writes.add(new GradeWrite(m.accountKey(), oldGrade, oldComputed, inForce, verdict.grade(),
                    policy.version(), verdict.measures(), clip(reasons), now, change));
        }
        return writes;
    }

    /** Says why an override no longer holds, when one was stored. */
    private static String prefix(StoredGrade before) {
        if (before == null || before.override() == null) {
            return before != null && before.grade() != before.computed() ? "override removed; " : "";
        }
        return "override expired after " + before.override().expiresOn() + "; ";
    }

    private static String clip(String text) {
        return text.length() <= WHY_MAX ? text : text.substring(0, WHY_MAX - 1) + "…";
    }
}
