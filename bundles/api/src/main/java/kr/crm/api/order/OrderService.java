package kr.crm.api.order;

import java.util.List;
import java.util.Optional;
import kr.crm.api.common.Page;
import kr.crm.api.common.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Takes in orders from any channel, links each to one customer key, and reads them back. */
@ProviderType
public interface OrderService {

    /** Stores or updates one order and links it; never throws for bad input, reports it instead. */
    IngestResult ingest(IncomingOrder order);

    /** Each order on its own: a rejected one does not stop the others. Results in input order. */
    List<IngestResult> ingestAll(List<IncomingOrder> orders);

    Optional<SalesOrder> find(String source, String orderNo);

    /** Counts per outcome of everything a source delivered from {@code from} to {@code to} (inclusive). */
    IngestionReport report(String source, java.time.LocalDate from, java.time.LocalDate to);

    /** A customer's orders, newest first, including those of keys merged into it. */
    Page<SalesOrder> ordersOf(String customerKey, PageRequest page);

    /**
     * Revenue per month over the last {@code months} months including the current one, oldest first, every month
     * present (zero if no orders). @since 0.3
     */
    List<MonthlyRevenue> monthlyRevenue(String customerKey, int months);
}
