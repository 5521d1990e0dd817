package kr.crm.api.analytics;

import java.math.BigDecimal;

/**
 * A customer's measures for statistics: the customer key replaced by a keyed hash, no name, phone,
 * e-mail or address, dates coarsened to months.
 *
 * @param pseudonym HMAC-SHA256 of the customer key under the export's own key, hex
 * @param kind PERSON or COMPANY
 * @param region the customer's region (a province or city), null if none
 * @param industry the customer's industry, null if none
 * @param grade the account's grade in force, null for persons and ungraded accounts
 * @param firstOrderMonth {@code yyyy-MM} (Asia/Seoul), null without orders
 * @param lastOrderMonth {@code yyyy-MM}, null without orders
 * @param orders orders in the window
 * @param revenue revenue in the window
 * @param margin margin in the window
 * @param recency R score
 * @param frequency F score
 * @param monetary M score
 * @param cell RFM cell
 * @param lifetimeValue LTV
 * @param quadrant retention-matrix quadrant
 */
public record PseudonymisedRow(String pseudonym, String kind, String region, String industry, String grade,
        String firstOrderMonth, String lastOrderMonth, long orders, BigDecimal revenue, BigDecimal margin, int recency,
        int frequency, int monetary, String cell, BigDecimal lifetimeValue, Quadrant quadrant) {
}
