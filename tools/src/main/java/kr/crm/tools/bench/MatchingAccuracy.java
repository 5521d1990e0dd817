package kr.crm.tools.bench;

import java.lang.annotation.Annotation;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import kr.crm.api.common.ValidationException;
import kr.crm.api.customer.CustomerKind;
import kr.crm.api.identity.MatchReview;
import kr.crm.api.identity.Resolution;
import kr.crm.api.identity.ReviewStatus;
import kr.crm.api.order.PartyIdentity;
import kr.crm.api.store.ReviewStore;
import kr.crm.identity.internal.DefaultIdentityNormalizer;
import kr.crm.identity.internal.MatchingConfig;
import kr.crm.identity.internal.ScoringIdentityResolver;
import kr.crm.tools.testdata.ChannelRecord;
import kr.crm.tools.testdata.Kind;
import kr.crm.tools.testdata.TestDataGenerator;
import kr.crm.tools.testdata.Variation;

/**
 * Matching accuracy on generated data with known truth: runs the real {@link ScoringIdentityResolver}
 * (over in-memory stores that answer like the MariaDB ones) on every channel record and reports the
 * precision and recall of the record pairs it linked. Only records with a usable identity count,
 * as the generator's truth defines them. Run: see docs/benchmarks.md.
 *
 * <p>Arguments: customers (default 20000), records (default 100000), seed (default 42), link
 * threshold (default 80).
 */
public final class MatchingAccuracy {
    private MatchingAccuracy() {
    }

    public static void main(String[] args) {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        long records = args.length > 1 ? Long.parseLong(args[1]) : 100_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        int threshold = args.length > 3 ? Integer.parseInt(args[3]) : 80;
        int showMisses = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        java.util.Map<String, java.util.Map<String, ChannelRecord>> seen = new java.util.HashMap<>();

        int[] queued = {0};
        ScoringIdentityResolver resolver = new ScoringIdentityResolver(new MemoryIdentityStore(), reviews(queued),
                new MemoryCustomers(), new DefaultIdentityNormalizer(), config(threshold, 50));
        PairCounts pairs = new PairCounts();
        long rejected = 0;
        long skipped = 0;
        long started = System.nanoTime();
        Iterator<ChannelRecord> it = new TestDataGenerator(customers, seed, Variation.defaults()).recordIterator(records);
        while (it.hasNext()) {
            ChannelRecord r = it.next();
            if (!r.hasIdentity()) {
                skipped++;
                continue;
            }
            try {
                Resolution resolution = resolver.resolve(r.source(), party(r));
                pairs.add(resolution.customerKey(), r.trueId());
                if (showMisses > 0) {
                    seen.computeIfAbsent(r.trueId(), k -> new java.util.LinkedHashMap<>())
                            .putIfAbsent(resolution.customerKey(), r);
                }
            } catch (ValidationException e) {
                rejected++;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("customers=%d records=%d seed=%d threshold=%d%n", customers, records, seed, threshold);
        System.out.printf("records without identity (not counted)=%d, rejected=%d, queued for review=%d%n",
                skipped, rejected, queued[0]);
        System.out.printf("pairs: true=%d predicted=%d correct=%d%n", pairs.truth(), pairs.predicted(), pairs.correct());
        System.out.printf("precision=%.4f recall=%.4f (%.1f s, %.0f records/s in memory)%n", pairs.precision(),
                pairs.recall(), seconds, records / seconds);
        seen.values().stream().filter(keys -> keys.size() > 1).limit(showMisses).forEach(keys -> {
            System.out.println("split:");
            keys.values().forEach(r -> System.out.println("  " + r));
        });
    }

    private static PartyIdentity party(ChannelRecord r) {
        return new PartyIdentity(r.kind() == Kind.COMPANY ? CustomerKind.COMPANY : CustomerKind.PERSON, r.name(),
                r.phone(), r.email(), r.businessRegistrationNumber(), r.hostCustomerNo(), r.address(), r.postalCode());
    }

    private static ReviewStore reviews(int[] queued) {
        return new ReviewStore() {
            @Override
            public void enqueue(String customerKey, String candidateKey, String source, int score, String rule,
                    Instant at) {
                queued[0]++;
            }

            @Override
            public List<MatchReview> open(int limit) {
                return List.of();
            }

            @Override
            public Optional<MatchReview> find(long id) {
                return Optional.empty();
            }

            @Override
            public boolean close(long id, ReviewStatus status, String byUser, Instant at) {
                return false;
            }
        };
    }

    private static MatchingConfig config(int threshold, int floor) {
        return new MatchingConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return MatchingConfig.class;
            }

            @Override
            public int linkThreshold() {
                return threshold;
            }

            @Override
            public int reviewFloor() {
                return floor;
            }

            @Override
            public int candidateLimit() {
                return 50;
            }
        };
    }
}
