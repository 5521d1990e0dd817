package kr.crm.grading.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kr.crm.api.common.StaleVersionException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.grade.AccountMeasures;
import kr.crm.api.grade.DryRun;
import kr.crm.api.grade.Grade;
import kr.crm.api.grade.GradeBand;
import kr.crm.api.grade.GradingPolicies;
import kr.crm.api.grade.GradingPolicy;
import kr.crm.api.grade.LtvParameters;
import kr.crm.api.store.GradeStore;
import kr.crm.api.store.StoredGrade;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The grading policy in the database: every save is a new version (the version the editor read
 * plus one; the primary key refuses a second writer), applied from the next re-grade on.
 */
@Component(service = GradingPolicies.class)
public final class DefaultGradingPolicies implements GradingPolicies {
    private static final ZoneId SEOUL = DefaultGradeService.SEOUL;

    private final GradeStore store;
    private final Clock clock;

    @Activate
    public DefaultGradingPolicies(@Reference GradeStore store) {
        this(store, Clock.systemUTC());
    }

    DefaultGradingPolicies(GradeStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public GradingPolicy current() {
        return store.policy();
    }

    @Override
    public GradingPolicy save(GradingPolicy draft, String user) {
        List<GradeBand> bands = PolicyValidator.check(draft);
        requireVersion(draft);
        GradingPolicy current = store.policy();
        if (draft.version() != current.version()) {
            throw new StaleVersionException("grading policy", current.version());
        }
        GradingPolicy next = new GradingPolicy(current.version() + 1, draft.windowMonths(), draft.noOrdersIsD(), bands,
                ltvOf(draft), complaintRuleOf(draft), user, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        if (!store.savePolicy(next)) {
            throw new StaleVersionException("grading policy", store.policy().version());
        }
        return next;
    }

    @Override
    public DryRun dryRun(GradingPolicy draft) {
        List<GradeBand> bands = PolicyValidator.check(draft);
        GradingPolicy policy = new GradingPolicy(draft.version(), draft.windowMonths(), draft.noOrdersIsD(), bands,
                ltvOf(draft), complaintRuleOf(draft), null, null);
        Instant since = clock.instant().atZone(SEOUL).toLocalDate().minusMonths(policy.windowMonths())
                .atStartOfDay(SEOUL).toInstant();
        List<AccountMeasures> measures = RfmScorer.rank(store.measures(since, null));
        Map<String, StoredGrade> stored = store.gradeStates(null);
        Map<Grade, Long> perGrade = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            perGrade.put(g, 0L);
        }
        long changed = 0;
        for (AccountMeasures m : measures) {
            Grade grade = PolicyRules.grade(policy, m).grade();
            perGrade.merge(grade, 1L, Long::sum);
            StoredGrade before = stored.get(m.accountKey());
            if (before == null || before.computed() != grade) {
                changed++;
            }
        }
        return new DryRun(measures.size(), perGrade, changed);
    }

    /** The draft's lifetime-value parameters, checked; a draft without them keeps the current policy's. */
    private LtvParameters ltvOf(GradingPolicy draft) {
        return PolicyValidator.checkLtv(draft.ltv() == null ? store.policy().ltv() : draft.ltv());
    }

    /** The draft's open-complaint rule; a draft without it keeps the current policy's. */
    private boolean complaintRuleOf(GradingPolicy draft) {
        return draft.openComplaintNotS() != null ? draft.openComplaintNotS()
                : Boolean.TRUE.equals(store.policy().openComplaintNotS());
    }

    private static void requireVersion(GradingPolicy draft) {
        if (draft.version() < 1) {
            throw new ValidationException("version", "is required: the version the policy was read at");
        }
    }
}
