package kr.crm.tools.testdata;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Run in a child JVM with a small heap by {@link StreamingTest}: streams {@code args[0]} records
 * with their orders into a discarding CSV writer and prints how many. With {@code keep} as
 * {@code args[1]} it also keeps them in a list, which must not fit (the test's own control).
 */
public final class StreamProbe {
    private StreamProbe() {
    }

    public static void main(String[] args) throws IOException {
        long total = Long.parseLong(args[0]);
        boolean keep = args.length > 1 && args[1].equals("keep");
        TestDataGenerator generator = new TestDataGenerator((int) (total / 5), 42L,
                Variation.defaults());
        OrderGenerator orders = new OrderGenerator(42L, LocalDate.of(2026, 1, 1));
        List<ChannelRecord> kept = new ArrayList<>();
        long count = 0;
        try (Writer sink = Writer.nullWriter()) {
            Iterator<ChannelRecord> it = generator.recordIterator(total);
            while (it.hasNext()) {
                ChannelRecord r = it.next();
                TestDataCsv.writeRecord(sink, r);
                TestDataCsv.writeOrder(sink, orders.order(r));
                if (keep) {
                    kept.add(r);
                }
                count++;
            }
        }
        System.out.println(count + (keep ? " kept " + kept.size() : ""));
    }
}
