package kr.crm.api.store;

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

    Optional<SalesOrder> find(String source, String orderNo);

    /** Newest first. */
    Page<SalesOrder> ordersOf(String customerKey, PageRequest page);
}
