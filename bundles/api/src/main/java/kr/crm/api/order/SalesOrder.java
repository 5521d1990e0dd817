package kr.crm.api.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A stored order, linked to exactly one customer key.
 *
 * @param source source system
 * @param orderNo order number in the source
 * @param customerKey the customer it is linked to
 * @param orderedAt when it was ordered
 * @param status active or cancelled
 * @param currency ISO currency code
 * @param totalAmount order total
 * @param margin sum of the lines' margins, null if unknown
 * @param lines the lines
 * @param receivedAt when the CRM first received it
 * @param updatedAt when a re-delivery last changed it
 */
public record SalesOrder(
        String source,
        String orderNo,
        String customerKey,
        OffsetDateTime orderedAt,
        OrderStatus status,
        String currency,
        BigDecimal totalAmount,
        BigDecimal margin,
        List<OrderLine> lines,
        Instant receivedAt,
        Instant updatedAt) {
}
