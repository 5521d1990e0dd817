package kr.crm.tools.testdata;

import java.io.IOException;
import java.io.Writer;

/**
 * CSV rows of the test data, RFC 4180: comma separated, {@code \n} line ends, a header line,
 * absent values empty, fields quoted ({@code "}, doubled inside) when they contain a comma, quote,
 * line break or leading/trailing blank (kept: spelling variants include blanks). UTF-8, no BOM.
 *
 * <p>{@code customers.csv} (ground truth, one row per true customer):
 * {@code trueId,kind,name,phone,email,brn,address,postalCode,region,twinOf}
 *
 * <p>{@code records.csv} (one row per channel record; trueId is ground truth):
 * {@code source,recordNo,trueId,kind,name,phone,email,brn,hostCustomerNo,address,postalCode}
 *
 * <p>{@code orders.csv} (one row per order LINE, one order per record; order columns repeat):
 * {@code orderNo,lineNo,orderedAt,source,recordNo,trueId,productCode,productName,category,quantity,unitPrice,amount,margin}
 * — {@code orderedAt} is ISO-8601 with offset ({@code 2024-03-12T14:05:33+09:00}), amounts in KRW.
 */
public final class TestDataCsv {
    /** Header of customers.csv. */
    public static final String CUSTOMERS_HEADER =
            "trueId,kind,name,phone,email,brn,address,postalCode,region,twinOf";
    /** Header of records.csv. */
    public static final String RECORDS_HEADER =
            "source,recordNo,trueId,kind,name,phone,email,brn,hostCustomerNo,address,postalCode";
    /** Header of orders.csv. */
    public static final String ORDERS_HEADER = "orderNo,lineNo,orderedAt,source,recordNo,trueId,"
            + "productCode,productName,category,quantity,unitPrice,amount,margin";

    private TestDataCsv() {
    }

    /** Writes one customers.csv row, with line end. */
    public static void writeCustomer(Writer out, TrueCustomer c) throws IOException {
        row(out, c.trueId(), c.kind().name(), c.name(), c.phone(), c.email(),
                c.businessRegistrationNumber(), c.address(), c.postalCode(), c.region(), c.twinOf());
    }

    /** Writes one records.csv row, with line end. */
    public static void writeRecord(Writer out, ChannelRecord r) throws IOException {
        row(out, r.source(), Long.toString(r.recordNo()), r.trueId(), r.kind().name(), r.name(),
                r.phone(), r.email(), r.businessRegistrationNumber(), r.hostCustomerNo(),
                r.address(), r.postalCode());
    }

    /** Writes the orders.csv rows of one order (one per line), with line ends. */
    public static void writeOrder(Writer out, Order o) throws IOException {
        for (Order.Line l : o.lines()) {
            row(out, o.orderNo(), Integer.toString(l.lineNo()), o.orderedAt().toString(),
                    o.source(), Long.toString(o.recordNo()), o.trueId(), l.productCode(),
                    l.productName(), l.category(), Integer.toString(l.quantity()),
                    Long.toString(l.unitPrice()), Long.toString(l.amount()),
                    Long.toString(l.margin()));
        }
    }

    /** Writes one row of fields, with line end. */
    public static void row(Writer out, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields[i]));
        }
        out.write('\n');
    }

    /** One field, quoted if needed; null is empty. */
    public static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        boolean quote = value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ';
        for (int i = 0; !quote && i < value.length(); i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
