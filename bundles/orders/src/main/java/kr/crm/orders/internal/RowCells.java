package kr.crm.orders.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One data row of an order file, its cells looked up by header name. A format that stores typed
 * values (an .xlsx number or date cell) hands them over as they are; a value that is only text is
 * read by {@link OrderRows}.
 */
interface RowCells {

    /** The cell's text, stripped; null when the file has no such column or the cell is blank. */
    String text(String column);

    /** The cell's number when the file stores it as a number, else null: then its text is read. */
    default BigDecimal number(String column) {
        return null;
    }

    /** The cell's date and time when the file stores it as a date, else null: then its text is read. */
    default LocalDateTime dateTime(String column) {
        return null;
    }
}
