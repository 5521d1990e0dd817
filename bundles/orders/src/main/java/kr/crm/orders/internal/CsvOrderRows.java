package kr.crm.orders.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import kr.crm.api.common.ValidationException;
import kr.crm.api.order.OrderLine;
import kr.crm.api.order.OrderStatus;
import kr.crm.api.order.PartyIdentity;
import org.apache.commons.csv.CSVRecord;

/** Reads one CSV row by a channel's column mapping; a bad cell throws naming its column. */
final class CsvOrderRows {
    private final ChannelConfig config;
    private final DateTimeFormatter dateTime;
    private final ZoneId zone;

    CsvOrderRows(ChannelConfig config) {
        this.config = config;
        this.dateTime = DateTimeFormatter.ofPattern(config.dateTimePattern(), Locale.ROOT);
        this.zone = ZoneId.of(config.zone());
    }

    /** One row: the order it belongs to and its line. */
    record Row(String orderNo, OffsetDateTime orderedAt, OrderStatus status, PartyIdentity buyer,
            PartyIdentity recipient, OrderLine line) {
    }

    Row read(CSVRecord r, int lineNo) {
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
                new OrderLine(lineNo, cell(r, config.productCodeColumn()), cell(r, config.productNameColumn()),
                        cell(r, config.categoryColumn()), number(r, config.quantityColumn()),
                        number(r, config.unitPriceColumn()), number(r, config.amountColumn()), null));
    }

    private OffsetDateTime time(CSVRecord r) {
        String text = cell(r, config.orderedAtColumn());
        if (text == null) {
            throw new ValidationException(config.orderedAtColumn(), "is empty");
        }
        try {
            return LocalDateTime.parse(text, dateTime).atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw new ValidationException(config.orderedAtColumn(), "does not match " + config.dateTimePattern());
        }
    }

    private static BigDecimal number(CSVRecord r, String column) {
        String text = cell(r, column);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(",", "").replace("원", "").strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(column, "is not a number");
        }
    }

    private static String cell(CSVRecord r, String column) {
        if (column == null || column.isBlank()) {
            return null;
        }
        Map<String, String> row = r.toMap();
        String value = row.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
