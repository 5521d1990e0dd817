package kr.crm.tools.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import kr.crm.api.identity.Normalized;
import kr.crm.identity.internal.DefaultIdentityNormalizer;
import kr.crm.tools.testdata.Order;

/**
 * A measurement, not the CRM's code: how fast orders would be linked if the host only normalised them and MariaDB
 * linked them set-based from a staging table loaded with {@code LOAD DATA}, the design docs/benchmarks.md names for
 * the 20,000 orders/s target. It links only what one rule settles alone, name + phone or else name + e-mail held by
 * exactly one customer, and counts the rest as left for the scorer; it makes no customer, queues nothing, follows no
 * alias, and triggers no analytics or grading. It starts from parsed orders: reading the file is not in it. Its
 * orders, lines and identity rows go into the real tables under their own source, as the file import's do.
 * <p>
 * {@link Layout#MATCH_TABLE} measures the schema the next step would add (decision 271): matching reads a table of
 * one row per kind, canonical value and customer ({@code probe_match}), and the sources and spellings go to a table
 * that matching does not read ({@code probe_source}: {@code customer_identity} without its match index). Both are
 * filled from {@code customer_identity} before the clock starts; the probe keeps both up to date as it links.
 */
final class SetBasedProbe {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    private SetBasedProbe() {
    }

    /** Where matching reads and where a source's values are written. */
    enum Layout {
        /** The schema as it is: {@code customer_identity} is both. */
        AS_IS("customer_identity %s FORCE INDEX (ix_identity_match)", "customer_identity"),
        /** One row per kind, value and customer for matching; sources and spellings kept apart. */
        MATCH_TABLE("probe_match %s", "probe_source");

        private final String matchFrom;
        private final String sources;

        Layout(String matchFrom, String sources) {
            this.matchFrom = matchFrom;
            this.sources = sources;
        }
    }

    /** CPU seconds: the benchmark's own JVM (normalising, writing the staging files) and the server. */
    record Result(int orders, long linked, double seconds, double hostCpuSeconds, double dbCpuSeconds, String steps) {
        double ordersPerSecond() {
            return orders / seconds;
        }
    }

    static Result run(Connection c, List<BenchOrders.Item> items, String source, Path work, ProcessCpu server,
            Layout layout) throws Exception {
        c.setAutoCommit(false);
        if (layout == Layout.MATCH_TABLE) {
            prepareMatchTable(c);
        }
        try (Statement s = c.createStatement()) {
            s.execute("SET time_zone = '+00:00'");
            s.execute("DROP TABLE IF EXISTS stage_order, stage_line");
            s.execute("CREATE TABLE stage_order (order_no VARCHAR(64) PRIMARY KEY, ordered_at TIMESTAMP(3) NOT NULL,"
                    + " total DECIMAL(15,2) NOT NULL, name_entered VARCHAR(254), name_key VARCHAR(254),"
                    + " phone_entered VARCHAR(254), phone VARCHAR(254), email_entered VARCHAR(254), email VARCHAR(254),"
                    + " customer_key VARCHAR(16)) CHARSET utf8mb4 COLLATE utf8mb4_unicode_ci");
            s.execute("CREATE TABLE stage_line (order_no VARCHAR(64), line_no INT, product_code VARCHAR(64),"
                    + " product_name VARCHAR(200), category VARCHAR(100), quantity INT, unit_price DECIMAL(15,2),"
                    + " amount DECIMAL(15,2), margin DECIMAL(15,2), PRIMARY KEY (order_no, line_no))"
                    + " CHARSET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        c.commit();
        ProcessCpu self = new ProcessCpu(ProcessHandle.current());
        long start = System.nanoTime();
        long selfBefore = self.used().toNanos();
        long serverBefore = server.used().toNanos();

        Steps steps = new Steps();
        stage(c, items, work);
        steps.done("staged");
        link(c, source, steps, layout);

        double seconds = (System.nanoTime() - start) / 1e9;
        double selfCpu = (self.used().toNanos() - selfBefore) / 1e9;
        double serverCpu = (server.used().toNanos() - serverBefore) / 1e9;
        long linked;
        try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM sales_order WHERE source = ?")) {
            count.setString(1, source);
            try (var r = count.executeQuery()) {
                r.next();
                linked = r.getLong(1);
            }
        }
        c.commit();
        return new Result(items.size(), linked, seconds, selfCpu, serverCpu, steps.toString());
    }

    /** The host's part: normalise each buyer, write the orders and lines to files, load them. */
    private static void stage(Connection c, List<BenchOrders.Item> items, Path work) throws Exception {
        DefaultIdentityNormalizer n = new DefaultIdentityNormalizer();
        TsvTable orders = new TsvTable(work.resolve("stage_order.tsv"), "stage_order",
                "order_no, ordered_at, total, name_entered, name_key, phone_entered, phone, email_entered, email");
        TsvTable lines = new TsvTable(work.resolve("stage_line.tsv"), "stage_line",
                "order_no, line_no, product_code, product_name, category, quantity, unit_price, amount, margin");
        for (BenchOrders.Item item : items) {
            Order o = item.order();
            Normalized phone = n.phone(item.buyer().phone());
            Normalized email = n.email(item.buyer().email());
            orders.row(o.orderNo(), UTC.format(o.orderedAt()), Long.toString(o.totalAmount()), item.buyer().name(),
                    n.nameKey(item.buyer().name()), phone.entered(), phone.valid() ? phone.canonical() : null,
                    email.entered(), email.valid() ? email.canonical() : null);
            for (Order.Line l : o.lines()) {
                lines.row(o.orderNo(), Integer.toString(l.lineNo()), l.productCode(), l.productName(), l.category(),
                        Integer.toString(l.quantity()), Long.toString(l.unitPrice()), Long.toString(l.amount()),
                        Long.toString(l.margin()));
            }
        }
        orders.load(c);
        lines.load(c);
    }

    /** The match and source tables of {@link Layout#MATCH_TABLE}, as the next step's migration would fill them. */
    private static void prepareMatchTable(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS probe_match, probe_source");
            s.execute("CREATE TABLE probe_match (kind VARCHAR(8) NOT NULL, canonical VARCHAR(254) NOT NULL,"
                    + " customer_key VARCHAR(16) NOT NULL, PRIMARY KEY (kind, canonical, customer_key))"
                    + " CHARSET utf8mb4 COLLATE utf8mb4_unicode_ci");
            s.execute("INSERT INTO probe_match SELECT DISTINCT kind, canonical, customer_key FROM customer_identity"
                    + " WHERE canonical IS NOT NULL AND valid = 1");
            s.execute("CREATE TABLE probe_source LIKE customer_identity");
            s.execute("ALTER TABLE probe_source DROP KEY ix_identity_match");
            s.execute("INSERT INTO probe_source SELECT * FROM customer_identity");
        }
        c.commit();
    }

    /** The database's part, one transaction: link, then write orders, lines and the source's identity rows. */
    private static void link(Connection c, String source, Steps steps, Layout layout) throws Exception {
        // a phone or e-mail is held by ~11 identity rows (sources, spellings): first the distinct (order, customer)
        // pairs it names, then the name checked once per pair (joining the name to every identity row read took
        // 8.2 s against 5.1 s for 100,000 orders on an idle server)
        String pairs = "INSERT IGNORE INTO probe_pair SELECT s.order_no, v.customer_key FROM stage_order s"
                + " JOIN " + layout.matchFrom.formatted("v") + " ON v.kind = '%1$s' AND v.canonical = s.%2$s"
                + " WHERE s.customer_key IS NULL AND s.%2$s IS NOT NULL";
        String byName = "UPDATE stage_order s JOIN (SELECT p.order_no, MIN(p.customer_key) AS k FROM probe_pair p"
                + " JOIN stage_order s2 ON s2.order_no = p.order_no"
                + " JOIN " + layout.matchFrom.formatted("nm") + " ON nm.kind = 'NAME'"
                + " AND nm.canonical = s2.name_key AND nm.customer_key = p.customer_key"
                + " GROUP BY p.order_no HAVING COUNT(DISTINCT p.customer_key) = 1) m ON m.order_no = s.order_no"
                + " SET s.customer_key = m.k";
        String identity = "SELECT DISTINCT customer_key, ?, '%1$s', %2$s_entered, %3$s, 1, NOW(3), NOW(3)"
                + " FROM stage_order WHERE customer_key IS NOT NULL AND %3$s IS NOT NULL";
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMPORARY TABLE probe_pair (order_no VARCHAR(64) NOT NULL, customer_key VARCHAR(16) NOT NULL,"
                    + " PRIMARY KEY (order_no, customer_key)) CHARSET utf8mb4 COLLATE utf8mb4_unicode_ci");
            s.executeUpdate(pairs.formatted("PHONE", "phone"));
            s.executeUpdate(byName);
            steps.done("name + phone");
            s.execute("TRUNCATE TABLE probe_pair");
            s.executeUpdate(pairs.formatted("EMAIL", "email"));
            s.executeUpdate(byName);
            s.execute("DROP TEMPORARY TABLE probe_pair");
            steps.done("name + e-mail");
        }
        try (PreparedStatement orders = c.prepareStatement("INSERT INTO sales_order (source, order_no, customer_key,"
                + " ordered_at, status, currency, total_amount, margin, received_at, updated_at)"
                + " SELECT ?, order_no, customer_key, ordered_at, 'ACTIVE', 'KRW', total, NULL, NOW(3), NOW(3)"
                + " FROM stage_order WHERE customer_key IS NOT NULL ON DUPLICATE KEY UPDATE"
                + " ordered_at = VALUES(ordered_at), total_amount = VALUES(total_amount), updated_at = VALUES(updated_at)");
             PreparedStatement lines = c.prepareStatement("INSERT INTO order_line (order_id, line_no, product_code,"
                + " product_name, category, quantity, unit_price, amount, margin) SELECT o.id, l.line_no, l.product_code,"
                + " l.product_name, l.category, l.quantity, l.unit_price, l.amount, l.margin FROM stage_line l"
                + " JOIN stage_order s ON s.order_no = l.order_no AND s.customer_key IS NOT NULL"
                + " JOIN sales_order o ON o.source = ? AND o.order_no = l.order_no");
             PreparedStatement rows = c.prepareStatement("INSERT IGNORE INTO " + layout.sources + " (customer_key, source,"
                + " kind, entered, canonical, valid, first_seen, last_seen) " + identity.formatted("NAME", "name", "name_key")
                + " UNION ALL " + identity.formatted("PHONE", "phone", "phone")
                + " UNION ALL " + identity.formatted("EMAIL", "email", "email"))) {
            orders.setString(1, source);
            orders.executeUpdate();
            steps.done("orders");
            lines.setString(1, source);
            lines.executeUpdate();
            steps.done("lines");
            for (int i = 1; i <= 3; i++) {
                rows.setString(i, source);
            }
            rows.executeUpdate();
            steps.done("identity rows");
        }
        if (layout == Layout.MATCH_TABLE) {
            String match = "SELECT DISTINCT '%1$s', %2$s, customer_key FROM stage_order"
                    + " WHERE customer_key IS NOT NULL AND %2$s IS NOT NULL";
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT IGNORE INTO probe_match (kind, canonical, customer_key) "
                        + match.formatted("NAME", "name_key") + " UNION ALL " + match.formatted("PHONE", "phone")
                        + " UNION ALL " + match.formatted("EMAIL", "email"));
            }
            steps.done("match rows");
        }
        c.commit();
        steps.done("commit");
    }

    /** Wall time per step, for the report. */
    private static final class Steps {
        private final StringBuilder text = new StringBuilder();
        private long last = System.nanoTime();

        void done(String step) {
            long now = System.nanoTime();
            text.append(text.length() == 0 ? "" : ", ").append(step).append(' ')
                    .append(String.format("%.2f s", (now - last) / 1e9));
            last = now;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
