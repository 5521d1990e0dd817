package kr.crm.tools.testdata;

import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Seeded generator of synthetic Korean customers and the channel records spelled from them, with
 * ground truth. The same (customers, seed, variation) always gives the same customers, and the same
 * total gives the same records, in the same order. Nothing is kept: customers are rebuilt from
 * their index, and {@link #records(long)} is lazy, so a million records stream in a few MB.
 *
 * <pre>{@code
 * DataSet small = TestDataGenerator.generate(2_000, 5, 42L, Variation.defaults());
 * try (Stream<ChannelRecord> big = new TestDataGenerator(200_000, 42L, Variation.defaults())
 *         .records(1_000_000)) { ... }
 * }</pre>
 */
public final class TestDataGenerator {
    /** The most customers one generator makes (phones and BRNs stay unique up to here). */
    public static final int MAX_CUSTOMERS = 8_000_000;
    private final CustomerFactory factory;
    private final Variation variation;
    private final long seed;

    /** A generator of {@code customers} true customers. */
    public TestDataGenerator(int customers, long seed, Variation variation) {
        if (customers < 1 || customers > MAX_CUSTOMERS) {
            throw new IllegalArgumentException("customers must be 1.." + MAX_CUSTOMERS);
        }
        this.factory = new CustomerFactory(customers, seed, variation);
        this.variation = variation;
        this.seed = seed;
    }

    /** Generates a data set in memory: {@code customers * recordsPerCustomerMean} records. */
    public static DataSet generate(int customers, int recordsPerCustomerMean, long seed,
            Variation variation) {
        TestDataGenerator generator = new TestDataGenerator(customers, seed, variation);
        List<ChannelRecord> records;
        try (Stream<ChannelRecord> stream = generator.records((long) customers * recordsPerCustomerMean)) {
            records = stream.toList();
        }
        return new DataSet(generator.customers().toList(), records);
    }

    /** The number of true customers. */
    public int customerCount() {
        return factory.customers();
    }

    /** True customer number {@code index} (0-based), rebuilt from the seed. */
    public TrueCustomer customer(int index) {
        return factory.customer(index);
    }

    /** All true customers, in index order, built lazily. */
    public Stream<TrueCustomer> customers() {
        return IntStream.range(0, factory.customers()).mapToObj(factory::customer);
    }

    /** Exactly {@code total} channel records, built lazily (sequential stream). */
    public Stream<ChannelRecord> records(long total) {
        Spliterator<ChannelRecord> split = Spliterators.spliterator(recordIterator(total), total,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE);
        return StreamSupport.stream(split, false);
    }

    /** Exactly {@code total} channel records, built lazily, one customer at a time. */
    public Iterator<ChannelRecord> recordIterator(long total) {
        if (total < 0) {
            throw new IllegalArgumentException("total < 0");
        }
        return new RecordIterator(factory, variation, seed, total);
    }
}
