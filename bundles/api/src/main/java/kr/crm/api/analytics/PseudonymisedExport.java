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

    /**
     * The orders (not cancelled) of the customers the filter selects, placed in its period (default: the 24 months
     * up to today), oldest first: with the measures, enough to work out the Pareto curve, RFM grids, cohorts and
     * segment LTV of any period again without a single key or name.
     *
     * @since 0.3
     */
    List<PseudonymisedOrder> orders(ReportFilter filter);
}
