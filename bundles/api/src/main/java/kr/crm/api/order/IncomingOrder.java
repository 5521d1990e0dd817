package kr.crm.api.order;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An order as a channel delivers it. {@code (source, orderNo)} identifies it: delivering it again
 * updates the stored order and never creates a second one.
 *
 * @param source the system or channel it came from, e.g. {@code erp}, {@code gs-shop}
 * @param orderNo the order number in that source
 * @param orderedAt when it was ordered
 * @param status active or cancelled
 * @param buyer who bought
 * @param recipient who receives it, if not the buyer (becomes a prospect)
 * @param currency ISO currency code, {@code KRW} if null
 * @param totalAmount order total
 * @param lines the lines
 */
public record IncomingOrder(
        String source,
        String orderNo,
        OffsetDateTime orderedAt,
        OrderStatus status,
        PartyIdentity buyer,
        PartyIdentity recipient,
        String currency,
        BigDecimal totalAmount,
        List<OrderLine> lines) {
}
