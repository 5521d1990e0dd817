package kr.crm.rest.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.ws.rs.core.Response;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A report table as a download: CSV (UTF-8 with a byte-order mark, so Excel reads the Hangul;
 * RFC 4180 quoting; a cell starting with = + - @ is prefixed with ' against formula injection) or
 * .xlsx (fastexcel, numbers as numbers).
 */
final class ReportExport {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ReportExport() {
    }

    static Response of(ReportTable table, String format) {
        return Response.ok(new ReportDownload(table, format), format.equals("xlsx") ? XLSX : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + table.name() + "." + format + "\"")
                .build();
    }

    static void csv(ReportTable table, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        line(w, List.copyOf(table.headers()));
        for (List<Object> row : table.rows()) {
            line(w, row);
        }
        w.flush();
    }

    private static void line(Writer w, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(cell(cells.get(i)));
        }
        w.write("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        String s = value.toString();
        if (value instanceof CharSequence && !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    static void xlsx(ReportTable table, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "CRM", "1.0");
        Worksheet ws = wb.newWorksheet(table.name());
        for (int c = 0; c < table.headers().size(); c++) {
            ws.value(0, c, table.headers().get(c));
            ws.style(0, c).bold().set();
        }
        int r = 1;
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v instanceof Number n) {
                    ws.value(r, c, n);
                } else if (v instanceof Boolean b) {
                    ws.value(r, c, b);
                } else if (v instanceof LocalDate d) {
                    ws.value(r, c, d);
                    ws.style(r, c).format("yyyy-mm-dd").set();
                } else if (v != null) {
                    ws.value(r, c, v.toString());
                }
            }
            r++;
        }
        wb.finish();
    }
}
