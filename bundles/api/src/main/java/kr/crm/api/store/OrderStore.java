package kr.crm.api.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.crm.api.common.Page;
import kr.crm.api.common.PageRequest;
import kr.crm.api.order.SalesOrder;
import org.osgi.annotation.versioning.ProviderType;

/** Storage of sales orders with their lines. */
@ProviderType
public interface OrderStore {

    /**
     * Stores the order, or replaces the stored one with the same {@code (source, orderNo)} —
     * everything but its customer link and first receipt time — with its lines, in one transaction.
     *
     * @return true if it was new
     */
    boolean upsert(SalesOrder order);

    /**
     * Stores many orders in one transaction as {@link #upsert} would, each {@code (source,
     * orderNo)} at most once in the list. All or nothing.
     *
     * @return for each order, in input order, true if it was new
     * @since 2.0
     */
    List<Boolean> upsertAll(List<SalesOrder> orders);

    /** The customer link and first receipt of those of these orders that are stored, by order number. @since 2.0 */
    Map<String, OrderLink> links(String source, Collection<String> orderNos);

    Optional<SalesOrder> find(String source, String orderNo);

    /** Newest first. */
    Page<SalesOrder> ordersOf(String customerKey, PageRequest page);

    /** Time and total of the customer's orders that are not cancelled, ordered from {@code since} on. @since 2.2 */
    List<java.util.Map.Entry<java.time.Instant, java.math.BigDecimal>> amountsSince(String customerKey,
            java.time.Instant since);
}
