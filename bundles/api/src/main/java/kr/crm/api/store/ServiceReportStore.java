package kr.crm.api.store;

import java.time.Instant;
import java.util.List;

import kr.crm.api.service.BacklogRow;
import kr.crm.api.service.SatisfactionMonth;
import kr.crm.api.service.SlaRow;
import kr.crm.api.service.TopicRow;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The service reports' queries. Periods are half-open instants {@code [from, to)}; {@code now} is the report's
 * clock (ages, overdue); type, team and assignee are optional (null = any).
 *
 * @since 2.8
 */
@ProviderType
public interface ServiceReportStore {

    /** Backlog rows by status and type. */
    List<BacklogRow> backlog(Instant from, Instant to, String type, String team, String assignee, Instant now);

    /** SLA rows per type. */
    List<SlaRow> sla(Instant from, Instant to, String type, String team, String assignee, Instant now);

    /**
     * Survey answers per month, months as {@code yyyy-MM} in local time {@code offsetSeconds} ahead of UTC (the
     * service zone's offset; Korea keeps no daylight saving time); only months with answers.
     */
    List<SatisfactionMonth> satisfactionByMonth(Instant from, Instant to, String type, String team, String assignee,
            int lowScore, int offsetSeconds);

    /** Topic rows of the {@code accounts} accounts with the most requests of {@code type}. */
    List<TopicRow> topTopics(Instant from, Instant to, String type, String team, String assignee, int accounts);
}
