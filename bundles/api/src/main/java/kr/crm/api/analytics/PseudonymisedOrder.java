package kr.crm.api.analytics;

import java.math.BigDecimal;

/**
 * One order for statistics: the buyer's pseudonym (the same as in the measures export), the month it was placed
 * (Asia/Seoul, {@code 2026-11}), its amount and margin; no order number, name, phone, e-mail or address.
 *
 * @param margin null where the order carries none
 * @since 0.3
 */
public record PseudonymisedOrder(String pseudonym, String month, BigDecimal amount, BigDecimal margin) {
}
