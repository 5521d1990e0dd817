package kr.crm.tools.testdata;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Turns each channel record into one order, deterministically from (seed, until, record id):
 * ordered within the 3 years before {@code until} (Asia/Seoul, mostly 08:00-23:00), 1-4 lines from
 * {@link ProductCatalog}, persons buying consumer goods, companies mostly supplies in quantity.
 */
public final class OrderGenerator {
    /** The time zone of all order times. */
    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private final long seed;
    private final ZonedDateTime until;

    /** Orders dated in the 3 years before the start of {@code until} (Seoul time). */
    public OrderGenerator(long seed, LocalDate until) {
        this.seed = seed;
        this.until = until.atStartOfDay(SEOUL);
    }

    /** The order placed with this record. */
    public Order order(ChannelRecord record) {
        long key = (long) Channels.NAMES.indexOf(record.source()) << 40 | record.recordNo();
        SplittableRandom r = Rngs.of(seed, Rngs.ORDERS, key);
        int daysBack = 1 + r.nextInt(3 * 365);
        int hour = r.nextDouble() < 0.9 ? 8 + r.nextInt(16) : r.nextInt(8);
        ZonedDateTime at = until.minusDays(daysBack).plusHours(hour)
                .plusMinutes(r.nextInt(60)).plusSeconds(r.nextInt(60));
        OffsetDateTime orderedAt = at.toOffsetDateTime();
        String orderNo = String.format("%s-%s-%07d", Channels.orderPrefix(record.source()),
                DAY.format(at), record.recordNo());
        int lineCount = 1 + (r.nextDouble() < 0.6 ? 0 : r.nextInt(4));
        List<Order.Line> lines = new ArrayList<>(lineCount);
        for (int i = 1; i <= lineCount; i++) {
            ProductCatalog.Product p = ProductCatalog.pick(record.kind(), r);
            int quantity = ProductCatalog.quantity(record.kind(), r);
            long amount = p.unitPrice() * quantity;
            long margin = Math.round(amount * p.marginRate());
            lines.add(new Order.Line(i, p.code(), p.name(), p.category(), quantity, p.unitPrice(),
                    amount, margin));
        }
        return new Order(orderNo, record.source(), record.recordNo(), record.trueId(), orderedAt,
                List.copyOf(lines));
    }
}
