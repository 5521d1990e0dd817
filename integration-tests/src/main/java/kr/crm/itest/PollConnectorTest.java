package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Hashtable;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** The host ERP's own order table, read by a poll connector an admin configured. */
class PollConnectorTest extends CrmTest {

    @Test
    void theConnectorTakesEveryHostOrderOnceAndKeepsItsWatermark() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 6);
        String table = "erp_order_" + u;
        try (Connection c = CrmHost.jdbc(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + table + " (id BIGINT AUTO_INCREMENT PRIMARY KEY, order_no VARCHAR(20), "
                    + "ordered_at DATETIME, customer_no VARCHAR(20), customer_name VARCHAR(100), brn VARCHAR(12), "
                    + "total_amount DECIMAL(12,2), cancelled CHAR(1), customer_kind VARCHAR(10)) CHARSET utf8mb4");
        }
        insert(table, "SO-1", "K-1", "(주)동방기계" + u, "1");
        insert(table, "SO-2", "K-2", "서해물산" + u, "0");
        insert(table, "SO-3", "K-1", "(주)동방기계" + u, "0");

        ConfigurationAdmin admin = CrmHost.service(host.context, ConfigurationAdmin.class);
        Configuration poll = admin.createFactoryConfiguration("kr.crm.orders.poll", "?");
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("name", "erp-" + u);
        props.put("source", "erp-" + u);
        props.put("sql", "SELECT id AS wm, order_no, ordered_at, customer_no, customer_name, brn, total_amount, cancelled, "
                + "customer_kind FROM " + table + " WHERE id > ? ORDER BY id LIMIT 2");
        props.put("intervalSeconds", 1);
        poll.update(props);

        awaitOrders("erp-" + u, 3);
        insert(table, "SO-4", "K-2", "서해물산" + u, "0");
        insert(table, "SO-5", "K-3", "남도유통" + u, "0");
        awaitOrders("erp-" + u, 5);
        // a row the connector cannot read is passed over, and the order after it still comes in
        insert(table, "SO-6", "K-3", "남도유통" + u, "0");
        try (Connection c = CrmHost.jdbc(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE " + table + " SET customer_kind = 'X' WHERE order_no = 'SO-6'");
        }
        insert(table, "SO-7", "K-3", "남도유통" + u, "0");
        awaitOrders("erp-" + u, 6);
        TimeUnit.SECONDS.sleep(2);

        assertThat(count("SELECT COUNT(*) FROM sales_order WHERE source = ? AND order_no = 'SO-6'", "erp-" + u))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM sales_order WHERE source = ?", "erp-" + u)).isEqualTo(6);
        assertThat(count("SELECT COUNT(DISTINCT customer_key) FROM sales_order WHERE source = ?", "erp-" + u))
                .as("K-1, K-2, K-3").isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM sales_order WHERE source = ? AND status = 'CANCELLED'", "erp-" + u))
                .isEqualTo(1);
        assertThat(count("SELECT value FROM poll_watermark WHERE name = ?", "erp-" + u)).isEqualTo(7);
        poll.delete();
    }

    private static void insert(String table, String orderNo, String customerNo, String name, String cancelled)
            throws Exception {
        try (Connection c = CrmHost.jdbc(); PreparedStatement s = c.prepareStatement("INSERT INTO " + table
                + " (order_no, ordered_at, customer_no, customer_name, total_amount, cancelled) "
                + "VALUES (?, '2026-11-20 10:00:00', ?, ?, 50000, ?)")) {
            s.setString(1, orderNo);
            s.setString(2, customerNo);
            s.setString(3, name);
            s.setString(4, cancelled);
            s.executeUpdate();
        }
    }

    private static void awaitOrders(String source, long n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (count("SELECT COUNT(*) FROM sales_order WHERE source = ?", source) < n) {
            assertThat(System.nanoTime()).as("orders from the poll connector in time").isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(300);
        }
    }

    private static long count(String sql, String arg) throws Exception {
        try (Connection c = CrmHost.jdbc(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : -1;
            }
        }
    }
}
