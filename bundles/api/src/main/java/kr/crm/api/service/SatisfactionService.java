package kr.crm.api.service;

import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Results of the satisfaction survey customers answer through their follow link once a request is resolved.
 *
 * @since 0.2
 */
@ProviderType
public interface SatisfactionService {

    /** The answers of a request, one per resolution, oldest first. */
    List<SurveyResult> ofRequest(String requestId);

    /**
     * Answers given from {@code from} to {@code to} (both included, days in the service calendar's zone), grouped;
     * {@code type}, if given, keeps only that type. Groups with the most answers first.
     */
    List<SatisfactionRow> report(SatisfactionGroup by, LocalDate from, LocalDate to, String type);
}
