package kr.crm.api.service;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reports over service requests: backlog by status, type and age; service-level attainment; the satisfaction
 * trend; the top topics of complaints per account.
 *
 * @since 0.4
 */
@ProviderType
public interface ServiceReports {

    /** Requests received in the period, by status and type (statuses in flow order, then type). */
    List<BacklogRow> backlog(ServiceReportFilter filter);

    /** Service-level attainment per type of the requests received in the period. */
    List<SlaRow> sla(ServiceReportFilter filter);

    /** Survey answers per month of the period (months without answers included), by when they were answered. */
    List<SatisfactionMonth> satisfactionTrend(ServiceReportFilter filter);

    /**
     * Topics of the requests of the {@code accounts} accounts with the most such requests in the period, most
     * frequent first within an account; the filter's type defaults to {@code COMPLAINT}.
     */
    List<TopicRow> topTopics(ServiceReportFilter filter, int accounts);
}
