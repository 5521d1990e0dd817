package kr.crm.orders.internal;

import kr.crm.api.order.PartyIdentity;
import kr.crm.api.common.ResidentNumbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import kr.crm.api.common.ValidationException;
import kr.crm.api.order.IncomingOrder;
import kr.crm.api.order.OrderLine;
import kr.crm.api.order.OrderStatus;

/** Checks a delivered order field by field and returns it cleaned; the message names the field. */
final class OrderValidator {
    private static final Pattern SOURCE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,39}");
    private static final Pattern ORDER_NO = Pattern.compile("[\\p{L}\\p{N}._/#:-]{1,64}");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1e13");
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("1e9");
    static final int MAX_LINES = 1000;

    private OrderValidator() {
    }

    static IncomingOrder clean(IncomingOrder o) {
        if (o == null) {
            throw new ValidationException("body", "is required");
        }
        String source = o.source() == null ? null : o.source().strip().toLowerCase(Locale.ROOT);
        if (source == null || !SOURCE.matcher(source).matches()) {
            throw new ValidationException("source", "must be 1-40 lower-case letters, digits or . _ -, e.g. gs-shop");
        }
        String orderNo = o.orderNo() == null ? null : o.orderNo().strip();
        if (orderNo == null || !ORDER_NO.matcher(orderNo).matches()) {
            throw new ValidationException("orderNo", "must be 1-64 letters, digits or . _ / # : -");
        }
        if (o.orderedAt() == null) {
            throw new ValidationException("orderedAt", "is required, e.g. 2026-11-23T10:15:00+09:00");
        }
        if (o.orderedAt().getYear() < 1970 || o.orderedAt().getYear() > 2037) { // what a TIMESTAMP column holds
            throw new ValidationException("orderedAt", "must be between 1970 and 2037");
        }
        if (o.buyer() == null) {
            throw new ValidationException("buyer", "is required");
        }
        fitsColumns("buyer", o.buyer());
        fitsColumns("recipient", o.recipient());
        noResidentNumber("buyer", o.buyer());
        noResidentNumber("recipient", o.recipient());
        String currency = o.currency() == null ? "KRW" : o.currency().strip().toUpperCase(Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            throw new ValidationException("currency", "must be an ISO currency code such as KRW");
        }
        BigDecimal total = amount("totalAmount", o.totalAmount(), true);
        if (total.signum() < 0) {
            throw new ValidationException("totalAmount", "must not be negative");
        }
        return new IncomingOrder(source, orderNo, o.orderedAt(), o.status() == null ? OrderStatus.ACTIVE : o.status(),
                o.buyer(), o.recipient(), currency, total, lines(o.lines()));
    }

    private static List<OrderLine> lines(List<OrderLine> lines) {
        if (lines == null) {
            return List.of();
        }
        if (lines.size() > MAX_LINES) {
            throw new ValidationException("lines", "must be at most " + MAX_LINES);
        }
        Set<Integer> numbers = new HashSet<>();
        List<OrderLine> clean = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            OrderLine l = lines.get(i);
            String f = "lines[" + i + "]";
            if (l == null) {
                throw new ValidationException(f, "must be an object");
            }
            if (l.lineNo() < 1 || !numbers.add(l.lineNo())) {
                throw new ValidationException(f + ".lineNo", "must be 1 or more and unique within the order");
            }
            BigDecimal quantity = l.quantity();
            if (quantity != null && (quantity.signum() < 0 || quantity.compareTo(MAX_QUANTITY) >= 0
                    || quantity.stripTrailingZeros().scale() > 3)) {
                throw new ValidationException(f + ".quantity", "must be from 0 to below 10^9 with at most 3 decimals");
            }
            clean.add(new OrderLine(l.lineNo(), text(f + ".productCode", l.productCode(), 64),
                    text(f + ".productName", l.productName(), 200), text(f + ".category", l.category(), 100),
                    quantity, amount(f + ".unitPrice", l.unitPrice(), false), amount(f + ".amount", l.amount(), false),
                    amount(f + ".margin", l.margin(), false)));
        }
        return List.copyOf(clean);
    }

    private static BigDecimal amount(String field, BigDecimal value, boolean required) {
        if (value == null) {
            if (required) {
                throw new ValidationException(field, "is required");
            }
            return null;
        }
        if (value.abs().compareTo(MAX_AMOUNT) >= 0 || value.stripTrailingZeros().scale() > 2) {
            throw new ValidationException(field, "must be below 10^13 with at most 2 decimals");
        }
        return value;
    }

    /** A party's texts fit the customer columns they are kept in (a longer one would fail its whole batch). */
    private static void fitsColumns(String field, PartyIdentity p) {
        if (p == null) {
            return;
        }
        length(field + ".name", p.name(), 200);
        length(field + ".phone", p.phone(), 40);
        length(field + ".email", p.email(), 254);
        length(field + ".businessRegistrationNumber", p.businessRegistrationNumber(), 20);
        length(field + ".hostCustomerNo", p.hostCustomerNo(), 64);
        length(field + ".address", p.address(), 500);
        length(field + ".postalCode", p.postalCode(), 10);
    }

    private static void length(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw new ValidationException(field, "must be at most " + max + " characters");
        }
    }

    /** A party's texts hold no resident registration number (decision 197). */
    private static void noResidentNumber(String field, PartyIdentity p) {
        if (p == null) {
            return;
        }
        ResidentNumbers.refuse(field + ".name", p.name());
        ResidentNumbers.refuse(field + ".phone", p.phone());
        ResidentNumbers.refuse(field + ".email", p.email());
        ResidentNumbers.refuse(field + ".businessRegistrationNumber", p.businessRegistrationNumber());
        ResidentNumbers.refuse(field + ".hostCustomerNo", p.hostCustomerNo());
        ResidentNumbers.refuse(field + ".address", p.address());
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String t = value.strip();
        if (t.length() > max || t.chars().anyMatch(Character::isISOControl)) {
            throw new ValidationException(field, "must be one line of at most " + max + " characters");
        }
        return t;
    }
}
