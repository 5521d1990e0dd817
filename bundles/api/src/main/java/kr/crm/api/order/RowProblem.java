package kr.crm.api.order;

/**
 * A row of an imported file that was not taken in, and why.
 *
 * @param row 1-based row number in the file, the header being row 1
 * @param orderNo the order number on the row, if it could be read
 * @param field the column or order field to blame
 * @param reason why, in words a clerk can act on
 */
public record RowProblem(long row, String orderNo, String field, String reason) {
}
