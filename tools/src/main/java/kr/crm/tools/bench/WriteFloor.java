package kr.crm.tools.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What no way of linking can beat on this server: the rows one import wrote (orders, their lines, the
 * identity index), read back and loaded by MariaDB's own {@code LOAD DATA LOCAL INFILE} into empty tables
 * made {@code LIKE} the real ones, so with the same keys and secondary indexes. Nothing is read, matched or
 * normalised while the clock runs; each table's load is one statement and one commit.
 */
final class WriteFloor {
    private WriteFloor() {
    }

    /** {@code cpuSeconds}: the server's CPU time over the loads. */
    record Result(long orders, long rows, double seconds, double cpuSeconds) {
        double ordersPerSecond() {
            return orders / seconds;
        }

        double rowsPerOrder() {
            return (double) rows / orders;
        }
    }

    /** The rows {@code source} wrote, loaded again; {@code c} must allow local infile. */
    static Result of(Connection c, String source, Path work, ProcessCpu server) throws Exception {
        String quoted = "'" + source.replace("'", "''") + "'";
        String[][] parts = {
            {"sales_order", "SELECT * FROM sales_order WHERE source = " + quoted},
            {"order_line", "SELECT l.* FROM order_line l JOIN sales_order o ON o.id = l.order_id WHERE o.source = "
                    + quoted},
            {"customer_identity", "SELECT * FROM customer_identity WHERE source = " + quoted}};
        c.setAutoCommit(false);
        long orders = 0;
        long rows = 0;
        long nanos = 0;
        long cpuNanos = 0;
        for (String[] part : parts) {
            String table = "floor_" + part[0];
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS " + table);
                s.execute("CREATE TABLE " + table + " LIKE " + part[0]);
            }
            TsvTable tsv;
            long count = 0;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(part[1])) {
                List<String> columns = columns(r.getMetaData());
                tsv = new TsvTable(work.resolve(table + ".tsv"), table, String.join(", ", columns));
                String[] values = new String[columns.size()];
                while (r.next()) {
                    for (int i = 0; i < values.length; i++) {
                        values[i] = r.getString(i + 1);
                    }
                    tsv.row(values);
                    count++;
                }
            }
            c.commit();
            long start = System.nanoTime();
            long cpu = server.used().toNanos();
            tsv.load(c);
            nanos += System.nanoTime() - start;
            cpuNanos += server.used().toNanos() - cpu;
            rows += count;
            if (part[0].equals("sales_order")) {
                orders = count;
            }
        }
        return new Result(orders, rows, nanos / 1e9, cpuNanos / 1e9);
    }

    private static List<String> columns(ResultSetMetaData meta) throws Exception {
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(meta.getColumnName(i));
        }
        return columns;
    }
}
