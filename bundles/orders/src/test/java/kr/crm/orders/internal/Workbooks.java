package kr.crm.orders.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Real .xlsx files written with fastexcel's writer, as a channel's export would be. */
final class Workbooks {
    static final String DATE_FORMAT = "yyyy-mm-dd hh:mm";

    private Workbooks() {
    }

    /**
     * One sheet; {@code rows.get(i)} lands on sheet row i + 1. Strings become text cells, numbers
     * number cells, {@link LocalDateTime}s date cells formatted {@value #DATE_FORMAT}, nulls no cell.
     */
    static byte[] xlsx(List<Object[]> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "CRM test", "1.0");
        Worksheet sheet = workbook.newWorksheet("주문내역");
        for (int r = 0; r < rows.size(); r++) {
            Object[] row = rows.get(r);
            for (int c = 0; c < row.length; c++) {
                if (row[c] instanceof String s) {
                    sheet.value(r, c, s);
                } else if (row[c] instanceof Number n) {
                    sheet.value(r, c, n);
                } else if (row[c] instanceof LocalDateTime t) {
                    sheet.value(r, c, t);
                    sheet.style(r, c).format(DATE_FORMAT).set();
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }
}
