package kr.crm.api.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.crm.api.grade.AccountMeasures;
import kr.crm.api.grade.GradeChange;
import kr.crm.api.grade.GradeOverride;
import kr.crm.api.grade.GradingPolicy;
import kr.crm.api.grade.RfmCuts;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Storage of grading policies, account grades, overrides and grade history.
 *
 * @since 2.1
 */
@ProviderType
public interface GradeStore {

    /** The latest policy version. */
    GradingPolicy policy();

    /** Saves {@code policy} under its version. @return false if that version exists */
    boolean savePolicy(GradingPolicy policy);

    /**
     * Measures of accounts (companies not merged away) from their not cancelled orders, orders
     * of keys merged into them included, with RFM scores 0: the caller ranks them (since 2.2).
     * For some accounts, only their own orders are read.
     *
     * @param accountKeys the accounts, or null for all
     */
    List<AccountMeasures> measures(Instant since, Collection<String> accountKeys);

    /** The RFM cut points of the last full re-grade, if one ran. @since 2.2 */
    Optional<RfmCuts> rfmCuts();

    /** Replaces the stored RFM cut points. @since 2.2 */
    void saveRfmCuts(RfmCuts cuts);

    /**
     * What a re-grade compares, by account key: grades, policy version and override, with
     * measures and reasons null.
     *
     * @param accountKeys the accounts, or null for all
     * @since 2.2
     */
    Map<String, StoredGrade> gradeStates(Collection<String> accountKeys);

    /** Stored grades by account key. @param accountKeys the accounts, or null for all */
    Map<String, StoredGrade> grades(Collection<String> accountKeys);

    /** The account keys the keys resolve to (aliases to survivors), companies only. */
    List<String> accounts(Collection<String> keys);

    /**
     * Writes each grade whose stored row still holds the expected grades, with its history
     * entry, in transactions of their own or of several.
     *
     * @return the writes that were written
     */
    List<GradeWrite> write(List<GradeWrite> writes);

    List<GradeChange> history(String accountKey);

    void saveOverride(String accountKey, GradeOverride override);

    /** @return false if there was none */
    boolean deleteOverride(String accountKey);

    /** Removes the overrides whose last day is before {@code today}. @return their account keys */
    List<String> removeExpiredOverrides(LocalDate today);
}
