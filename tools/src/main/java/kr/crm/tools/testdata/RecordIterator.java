package kr.crm.tools.testdata;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * Produces channel records lazily, customer by customer: customer {@code i} gets 1 + a geometric
 * number of records (mean {@code total / customers}); when the customers are used up before
 * {@code total}, further single records go to randomly chosen customers; when {@code total} is
 * reached first, the remaining customers get none. Holds one customer at a time.
 */
final class RecordIterator implements Iterator<ChannelRecord> {
    private static final int MAX_PER_CUSTOMER = 1000;
    private final CustomerFactory factory;
    private final RecordSpeller speller;
    private final Variation variation;
    private final long seed;
    private final long total;
    private final double successProbability;
    private final AffinePermutation hostNumbers;
    private final long[] nextRecordNo = new long[Channels.NAMES.size()];
    private long emitted;
    private int nextCustomer;
    private int currentIndex;
    private TrueCustomer current;
    private SplittableRandom rng;
    private int left;

    RecordIterator(CustomerFactory factory, Variation variation, long seed, long total) {
        this.factory = factory;
        this.speller = new RecordSpeller(variation);
        this.variation = variation;
        this.seed = seed;
        this.total = total;
        double mean = (double) total / factory.customers();
        this.successProbability = Math.min(1.0, 1.0 / Math.max(1.0, mean));
        this.hostNumbers = new AffinePermutation(10_000_000, Rngs.of(seed, Rngs.SETUP, 1));
    }

    @Override
    public boolean hasNext() {
        return emitted < total;
    }

    @Override
    public ChannelRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        while (left == 0) {
            if (nextCustomer < factory.customers()) {
                currentIndex = nextCustomer++;
                rng = Rngs.of(seed, Rngs.RECORDS, currentIndex);
                left = count(rng);
            } else {
                rng = Rngs.of(seed, Rngs.PADDING, emitted);
                currentIndex = rng.nextInt(factory.customers());
                left = 1;
            }
            current = factory.customer(currentIndex);
        }
        left--;
        emitted++;
        return record(current, currentIndex, rng);
    }

    private int count(SplittableRandom r) {
        if (successProbability >= 1.0) {
            return 1;
        }
        double failures = Math.floor(Math.log(1.0 - r.nextDouble()) / Math.log(1.0 - successProbability));
        return (int) Math.min(MAX_PER_CUSTOMER, 1 + failures);
    }

    private ChannelRecord record(TrueCustomer c, int index, SplittableRandom r) {
        boolean anonymous = Rngs.chance(r, variation.noIdentity());
        int channel = Channels.pick(c.kind(), anonymous, r);
        String source = Channels.NAMES.get(channel);
        long recordNo = ++nextRecordNo[channel];
        if (anonymous) {
            return speller.anonymous(c, source, recordNo, r);
        }
        String hostNo = null;
        if (Channels.ERP.equals(source)) {
            hostNo = Rngs.chance(r, variation.erpDuplicateCode())
                    ? String.format("N%07d", recordNo)
                    : String.format("C%07d", hostNumbers.apply(index));
        }
        return speller.spell(c, source, recordNo, hostNo, r);
    }
}
