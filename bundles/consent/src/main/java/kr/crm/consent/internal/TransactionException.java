package kr.crm.consent.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import kr.crm.api.common.PageRequest;
import kr.crm.api.order.OrderLine;
import kr.crm.api.order.OrderService;
import kr.crm.api.order.OrderStatus;
import kr.crm.api.order.SalesOrder;

/**
 * 정보통신망법 제50조 ① 1: a customer whose last transaction ended within 6 months may receive advertising for the
 * same kind of goods it bought. The kind of goods is the order line's {@code category}; the transaction's end is
 * the order date (the order model has no delivery date), cancelled orders do not count.
 */
final class TransactionException {
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final int RECENT_ORDERS = 200;
    private final OrderService orders;

    TransactionException(OrderService orders) {
        this.orders = orders;
    }

    /** The order that lets {@code goodsKind} be advertised to the customer at {@code at}, in words, if any. */
    Optional<String> basis(Subject subject, String goodsKind, Instant at) {
        if (!subject.customer() || goodsKind == null || goodsKind.isBlank()) {
            return Optional.empty();
        }
        String kind = kind(goodsKind);
        ZonedDateTime since = at.atZone(SEOUL).minusMonths(6);
        for (SalesOrder o : orders.ordersOf(subject.key(), new PageRequest(0, RECENT_ORDERS)).items()) {
            if (o.status() != OrderStatus.ACTIVE || o.orderedAt().toInstant().isAfter(at)) {
                continue;
            }
            if (o.orderedAt().toInstant().isBefore(since.toInstant())) {
                break; // newest first: the rest are older still
            }
            for (OrderLine line : o.lines()) {
                if (line.category() != null && kind(line.category()).equals(kind)) {
                    return Optional.of("order " + o.source() + "/" + o.orderNo() + " of "
                            + o.orderedAt().atZoneSameInstant(SEOUL).toLocalDate() + ", " + line.category().strip());
                }
            }
        }
        return Optional.empty();
    }

    static String kind(String category) {
        return category.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
