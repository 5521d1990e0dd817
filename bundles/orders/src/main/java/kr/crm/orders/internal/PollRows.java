package kr.crm.orders.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kr.crm.api.customer.CustomerKind;
import kr.crm.api.order.IncomingOrder;
import kr.crm.api.order.OrderStatus;
import kr.crm.api.order.PartyIdentity;

/** Reads the documented columns of a polled row into an order; absent columns are empty. */
final class PollRows {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final Set<String> columns = new HashSet<>();
    private final String source;

    PollRows(ResultSetMetaData meta, String source) throws SQLException {
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
        }
        this.source = source;
    }

    IncomingOrder read(ResultSet r) throws SQLException {
        String kind = text(r, "customer_kind");
        PartyIdentity buyer = new PartyIdentity(kind == null ? null : kind(kind),
                text(r, "customer_name"), text(r, "phone"), text(r, "email"), text(r, "brn"), text(r, "customer_no"),
                text(r, "address"), text(r, "postal_code"));
        Timestamp at = columns.contains("ordered_at") ? r.getTimestamp("ordered_at") : null;
        String cancelled = text(r, "cancelled");
        boolean isCancelled = cancelled != null && (cancelled.equals("1") || cancelled.equalsIgnoreCase("true")
                || cancelled.equalsIgnoreCase("Y"));
        BigDecimal total = columns.contains("total_amount") ? r.getBigDecimal("total_amount") : null;
        return new IncomingOrder(source, text(r, "order_no"),
                at == null ? null : OffsetDateTime.ofInstant(at.toInstant(), SEOUL),
                isCancelled ? OrderStatus.CANCELLED : OrderStatus.ACTIVE, buyer, null, text(r, "currency"), total,
                List.of());
    }

    private static CustomerKind kind(String value) {
        try {
            return CustomerKind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("customer_kind must be COMPANY or PERSON");
        }
    }

    private String text(ResultSet r, String column) throws SQLException {
        if (!columns.contains(column)) {
            return null;
        }
        String value = r.getString(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
