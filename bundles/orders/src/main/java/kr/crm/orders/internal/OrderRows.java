package kr.crm.orders.internal;

import kr.crm.api.common.ResidentNumbers;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import kr.crm.api.common.ValidationException;
import kr.crm.api.order.OrderLine;
import kr.crm.api.order.OrderStatus;
import kr.crm.api.order.PartyIdentity;

/**
 * Reads one row of a channel's order file by the channel's column mapping, whatever the file's
 * format; a bad cell throws naming its column.
 */
final class OrderRows {
    private final ChannelConfig config;
    private final DateTimeFormatter dateTime;
    private final ZoneId zone;

    OrderRows(ChannelConfig config) {
        this.config = config;
        this.dateTime = DateTimeFormatter.ofPattern(config.dateTimePattern(), Locale.ROOT);
        this.zone = ZoneId.of(config.zone());
    }

    /** One row: the order it belongs to and its line (numbered 1; the order's lines are renumbered). */
    record Row(String orderNo, OffsetDateTime orderedAt, OrderStatus status, PartyIdentity buyer,
            PartyIdentity recipient, OrderLine line) {
    }

    /** The header names the channel's columns have; a column the channel lacks is left out. */
    Set<String> columns() {
        Set<String> columns = new LinkedHashSet<>();
        Stream.of(config.orderNoColumn(), config.orderedAtColumn(), config.buyerNameColumn(),
                config.buyerPhoneColumn(), config.buyerEmailColumn(), config.recipientNameColumn(),
                config.recipientPhoneColumn(), config.addressColumn(), config.productCodeColumn(),
                config.productNameColumn(), config.categoryColumn(), config.quantityColumn(),
                config.unitPriceColumn(), config.amountColumn(), config.statusColumn())
                .filter(OrderRows::mapped).forEach(columns::add);
        return columns;
    }

    Row read(RowCells r) {
        for (String column : columns()) {
            ResidentNumbers.refuse(column, r.text(column));
        }
        String orderNo = cell(r, config.orderNoColumn());
        if (orderNo == null) {
            throw new ValidationException(config.orderNoColumn(), "is empty");
        }
        String address = cell(r, config.addressColumn());
        PartyIdentity buyer = new PartyIdentity(null, cell(r, config.buyerNameColumn()), cell(r, config.buyerPhoneColumn()),
                cell(r, config.buyerEmailColumn()), null, null, address, null);
        String recipientName = cell(r, config.recipientNameColumn());
        PartyIdentity recipient = recipientName == null ? null
                : new PartyIdentity(null, recipientName, cell(r, config.recipientPhoneColumn()), null, null, null, address, null);
        String status = cell(r, config.statusColumn());
        boolean cancelled = status != null && (status.contains("취소") || status.toLowerCase(Locale.ROOT).contains("cancel"));
        return new Row(orderNo, time(r), cancelled ? OrderStatus.CANCELLED : OrderStatus.ACTIVE, buyer, recipient,
                new OrderLine(1, cell(r, config.productCodeColumn()), cell(r, config.productNameColumn()),
                        cell(r, config.categoryColumn()), number(r, config.quantityColumn()),
                        number(r, config.unitPriceColumn()), number(r, config.amountColumn()), null));
    }

    private OffsetDateTime time(RowCells r) {
        String column = config.orderedAtColumn();
        LocalDateTime stored = mapped(column) ? r.dateTime(column) : null;
        if (stored != null) {
            return stored.atZone(zone).toOffsetDateTime();
        }
        String text = cell(r, column);
        if (text == null) {
            throw new ValidationException(column, "is empty");
        }
        try {
            return LocalDateTime.parse(text, dateTime).atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw new ValidationException(column, "does not match " + config.dateTimePattern());
        }
    }

    private static BigDecimal number(RowCells r, String column) {
        if (!mapped(column)) {
            return null;
        }
        BigDecimal stored = r.number(column);
        if (stored != null) {
            return stored;
        }
        String text = r.text(column);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(",", "").replace("원", "").strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(column, "is not a number");
        }
    }

    private static String cell(RowCells r, String column) {
        return mapped(column) ? r.text(column) : null;
    }

    /** A column the channel has; an empty header name in the configuration means it has none. */
    private static boolean mapped(String column) {
        return column != null && !column.isBlank();
    }
}
