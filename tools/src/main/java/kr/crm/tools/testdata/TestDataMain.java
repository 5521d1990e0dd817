package kr.crm.tools.testdata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a test data set as CSV (layouts in {@link TestDataCsv}): {@code customers.csv} (ground
 * truth), {@code records.csv} and {@code orders.csv}, UTF-8, streaming, in bounded memory.
 *
 * <pre>
 * java -cp tools/target/classes kr.crm.tools.testdata.TestDataMain \
 *     --customers 200000 --records 1000000 --seed 42 --out target/testdata [--until 2026-01-01]
 * </pre>
 *
 * Defaults: 1,000 customers, 5 records per customer, seed 42, {@code target/testdata}, orders
 * dated up to today in Seoul (pass {@code --until} for byte-identical orders on another day).
 */
public final class TestDataMain {
    private TestDataMain() {
    }

    /** Entry point; see the class description for the options. */
    public static void main(String[] args) throws IOException {
        Map<String, String> opts = options(args);
        int customers = Integer.parseInt(opts.getOrDefault("customers", "1000"));
        long records = Long.parseLong(opts.getOrDefault("records", Long.toString(customers * 5L)));
        long seed = Long.parseLong(opts.getOrDefault("seed", "42"));
        Path out = Path.of(opts.getOrDefault("out", "target/testdata"));
        LocalDate until = opts.containsKey("until") ? LocalDate.parse(opts.get("until"))
                : LocalDate.now(OrderGenerator.SEOUL);
        long started = System.nanoTime();
        write(new TestDataGenerator(customers, seed, Variation.defaults()), records,
                new OrderGenerator(seed, until), out);
        System.out.printf("%d customers, %d records and orders (until %s, seed %d) in %s, %.1f s%n",
                customers, records, until, seed, out.toAbsolutePath(),
                (System.nanoTime() - started) / 1e9);
    }

    /** Writes the three files into {@code dir} (created if missing). */
    public static void write(TestDataGenerator generator, long records, OrderGenerator orders,
            Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Writer out = open(dir.resolve("customers.csv"))) {
            out.write(TestDataCsv.CUSTOMERS_HEADER + "\n");
            for (int i = 0; i < generator.customerCount(); i++) {
                TestDataCsv.writeCustomer(out, generator.customer(i));
            }
        }
        try (Writer recordOut = open(dir.resolve("records.csv"));
                Writer orderOut = open(dir.resolve("orders.csv"))) {
            recordOut.write(TestDataCsv.RECORDS_HEADER + "\n");
            orderOut.write(TestDataCsv.ORDERS_HEADER + "\n");
            Iterator<ChannelRecord> it = generator.recordIterator(records);
            while (it.hasNext()) {
                ChannelRecord r = it.next();
                TestDataCsv.writeRecord(recordOut, r);
                TestDataCsv.writeOrder(orderOut, orders.order(r));
            }
        }
    }

    private static Writer open(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opts = new TreeMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]
                        + "; options: --customers --records --seed --out --until");
            }
            opts.put(args[i].substring(2), args[i + 1]);
        }
        return opts;
    }
}
