package kr.crm.api.order;

import java.math.BigDecimal;

/**
 * One line of an order. Amounts are in the order's currency (KRW unless stated).
 *
 * @param lineNo position in the order, from 1
 * @param productCode the channel's or host's product code
 * @param productName product name
 * @param category kind of goods, used by the transaction exception of advertising law
 * @param quantity quantity
 * @param unitPrice price of one unit
 * @param amount line total
 * @param margin the line's margin, when the source knows it
 */
public record OrderLine(
        int lineNo,
        String productCode,
        String productName,
        String category,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal amount,
        BigDecimal margin) {
}
