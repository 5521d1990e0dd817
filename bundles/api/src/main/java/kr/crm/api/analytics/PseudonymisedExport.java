package kr.crm.api.analytics;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The customer measures for statistics, pseudonymised under a key kept in its own configuration
 * (PID {@code kr.crm.analytics.pseudonym}); registered only while that configuration exists.
 */
@ProviderType
public interface PseudonymisedExport {

    /** Every customer the filter selects (the period is not used). */
    List<PseudonymisedRow> rows(ReportFilter filter);
}
