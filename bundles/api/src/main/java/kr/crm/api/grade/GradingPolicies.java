package kr.crm.api.grade;

import org.osgi.annotation.versioning.ProviderType;

/** The versioned grading policy: read, change, try out. */
@ProviderType
public interface GradingPolicies {

    GradingPolicy current();

    /**
     * Saves a new version. {@code draft.version()} must be the current version.
     *
     * @throws kr.crm.api.common.ValidationException naming the field that is wrong
     * @throws kr.crm.api.common.StaleVersionException if another version was saved meanwhile
     */
    GradingPolicy save(GradingPolicy draft, String user);

    /** Validates the draft and grades the current data with it, writing nothing. */
    DryRun dryRun(GradingPolicy draft);
}
