package kr.crm.persistence.internal;

import java.math.BigDecimal;
import java.time.Instant;
import kr.crm.api.order.OrderStatus;

/** A {@code sales_order} row as MyBatis reads it; the lines come separately. */
public record OrderRow(long id, String source, String orderNo, String customerKey, Instant orderedAt,
        OrderStatus status, String currency, BigDecimal totalAmount, BigDecimal margin, Instant receivedAt,
        Instant updatedAt) {
}
