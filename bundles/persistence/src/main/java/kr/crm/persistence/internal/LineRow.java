package kr.crm.persistence.internal;

import java.math.BigDecimal;
import kr.crm.api.order.OrderLine;

/** An {@code order_line} row with the id of its order. */
public record LineRow(long orderId, int lineNo, String productCode, String productName, String category,
        BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, BigDecimal margin) {

    OrderLine line() {
        return new OrderLine(lineNo, productCode, productName, category, quantity, unitPrice, amount, margin);
    }
}
