package kr.crm.api.order;

/**
 * The result for one delivered order.
 *
 * @param source source system
 * @param orderNo order number
 * @param outcome what happened
 * @param customerKey the key the order is linked to, null if rejected
 * @param field for a rejection: the field to blame, if one is
 * @param reason for a rejection: why, in words a clerk can act on
 */
public record IngestResult(String source, String orderNo, IngestOutcome outcome, String customerKey, String field,
        String reason) {
}
