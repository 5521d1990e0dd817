package kr.crm.rest.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.ws.rs.core.StreamingOutput;

/**
 * A report table on its way out as a CSV or .xlsx download. The access-log filter reads its row count and customer
 * keys, and masks it for users without full view, before it is written.
 */
record ReportDownload(ReportTable table, String format) implements StreamingOutput {
    /** Columns whose values are customer or contact-person keys. */
    static final Set<String> KEY_COLUMNS = Set.of("customerKey", "contactKey", "key", "accountKey");

    @Override
    public void write(OutputStream out) throws IOException {
        if (format.equals("xlsx")) {
            ReportExport.xlsx(table, out);
        } else if (format.equals("labels")) {
            LabelSheet.write(table, out);
        } else {
            ReportExport.csv(table, out);
        }
    }

    int rows() {
        return table.rows().size();
    }

    List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (int c = 0; c < table.headers().size(); c++) {
            if (KEY_COLUMNS.contains(table.headers().get(c))) {
                for (List<Object> row : table.rows()) {
                    if (c < row.size() && row.get(c) instanceof String k && !k.isEmpty()) {
                        keys.add(k);
                    }
                }
            }
        }
        return keys;
    }

    ReportDownload masked() {
        List<List<Object>> rows = new ArrayList<>(table.rows().size());
        for (List<Object> row : table.rows()) {
            List<Object> copy = new ArrayList<>(row.size());
            for (int c = 0; c < row.size(); c++) {
                copy.add(c < table.headers().size() ? Masking.cell(table.headers().get(c), row.get(c)) : row.get(c));
            }
            rows.add(copy);
        }
        return new ReportDownload(new ReportTable(table.name(), table.headers(), rows), format);
    }
}
