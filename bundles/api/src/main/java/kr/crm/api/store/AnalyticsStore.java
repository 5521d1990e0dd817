package kr.crm.api.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import kr.crm.api.analytics.CustomerMeasures;
import kr.crm.api.analytics.GroupSums;
import kr.crm.api.analytics.OrderSums;
import kr.crm.api.analytics.ReportFilter;
import kr.crm.api.analytics.RfmCutPoints;
import kr.crm.api.analytics.RfmGrid;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Storage of customer measures and the reads the analytics reports need.
 *
 * @since 2.4
 */
@ProviderType
public interface AnalyticsStore {

    /**
     * Order sums of customers (persons and companies not merged away; orders of keys merged into
     * them count for them), not cancelled orders only.
     *
     * @param since start of the window
     * @param previousSince start of the window before it
     * @param customerKeys the customers, or null for all
     */
    List<OrderSums> sums(Instant since, Instant previousSince, Collection<String> customerKeys);

    /** The customer keys the keys resolve to (aliases to survivors), persons and companies. */
    List<String> customers(Collection<String> keys);

    /** Stored measures by key. @param customerKeys the customers, or null for all */
    Map<String, CustomerMeasures> measures(Collection<String> customerKeys);

    /** Writes these measures (insert or replace) and removes the rows of {@code removed}, in chunks. */
    void write(List<CustomerMeasures> changed, Collection<String> removed);

    Optional<RfmCutPoints> cutPoints();

    void saveCutPoints(RfmCutPoints cuts);

    /** Revenue per customer in [from, to) with revenue above 0, customers filtered, in no order. */
    List<BigDecimal> revenues(ReportFilter filter, Instant from, Instant to);

    /**
     * Orders, revenue and the latest order per customer in [from, to), customers filtered (the window
     * fields of the sums are the period's; totals, margins and the previous window are not read).
     *
     * @since 2.5
     */
    default List<OrderSums> periodSums(ReportFilter filter, Instant from, Instant to) {
        throw new UnsupportedOperationException("periodSums");
    }

    /** R x F cells of the stored measures, customers filtered. */
    RfmGrid rfmGrid(ReportFilter filter);

    /** Sums of stored measures per group: {@code grade}, {@code quadrant} or {@code cell}. */
    List<GroupSums> groupSums(ReportFilter filter, String groupBy);

    /**
     * Sums per group ({@code grade}, {@code quadrant} or {@code cell} of the stored measures) from the orders: revenue
     * and margin of {@code [from, to)} (orders without a margin at {@code defaultMarginRate}), active = customers with
     * revenue in it, previously active = with revenue in {@code [previous, from)}, retained = both.
     *
     * @since 2.8
     */
    default List<GroupSums> periodGroupSums(ReportFilter filter, String groupBy, Instant previous, Instant from,
            Instant to, java.math.BigDecimal defaultMarginRate) {
        throw new UnsupportedOperationException("periodGroupSums");
    }

    /** Each grade change up to {@code to}, accounts filtered, by account then time. */
    void gradeChanges(ReportFilter filter, Instant to, Consumer<GradeChangeRow> handler);

    /**
     * For each not cancelled order in [from, to): its customer (survivor) and that customer's first order.
     * Customers filtered.
     */
    void orderMonths(ReportFilter filter, Instant from, Instant to, Consumer<CustomerOrder> handler);

    /**
     * Founding days of companies, birthdays of persons and of contact persons (filtered by their
     * account) whose month and day is one of {@code monthDays} ({@code MM-dd}).
     */
    List<DatedCustomer> anniversaries(ReportFilter filter, List<String> monthDays);

    /** Stored measures with the customer's kind, region, industry and grade, customers filtered. */
    void exportRows(ReportFilter filter, Consumer<ExportRow> handler);

    /**
     * Orders not cancelled, placed in [from, to), of the customers the filter selects, by their surviving customer,
     * oldest first. @since 2.12
     */
    void exportOrders(ReportFilter filter, Instant from, Instant to, Consumer<OrderExportRow> handler);

    /** An order as the statistics export reads it: whose (the surviving key), when, how much. @since 2.12 */
    record OrderExportRow(String customerKey, Instant orderedAt, BigDecimal amount, BigDecimal margin) {
    }

    /** Measures with the customer fields a statistics export keeps; no name, phone, e-mail or address. */
    record ExportRow(CustomerMeasures measures, String region, String industry, String grade) {
    }

    /** A grade change: which account, to which grade, when. */
    record GradeChangeRow(String accountKey, String grade, Instant at) {
    }

    /** A founding day or birthday: {@code kind} FOUNDING or BIRTHDAY; {@code contactKey} null for a customer's own. */
    record DatedCustomer(String kind, String customerKey, String contactKey, String name, LocalDate date) {
    }

    /** One order of a customer, with that customer's first order ever. */
    record CustomerOrder(String customerKey, Instant firstOrderAt, Instant orderedAt) {
    }

    /**
     * Rebuilds the interest signals (last open and click of campaign e-mails, and how many fell on or after
     * {@code since}) of these customers from the tracking events, counting events of keys merged into them.
     *
     * @param customerKeys survivors' keys, or null for every customer with events
     * @param since start of the interest window
     * @param windowDays the window's length, kept with the row
     * @param now when this was computed
     * @return the rows written
     * @since 2.12
     */
    default int refreshInterest(Collection<String> customerKeys, Instant since, int windowDays, Instant now) {
        throw new UnsupportedOperationException("refreshInterest");
    }

    /**
     * The stored interest signals of one customer (its own key, not resolved), if it has any.
     *
     * @since 2.12
     */
    default Optional<kr.crm.api.analytics.InterestSignals> interest(String customerKey) {
        return Optional.empty();
    }
}
