package kr.crm.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import kr.crm.api.common.ValidationException;
import kr.crm.api.customer.Customer;
import kr.crm.api.identity.CompactionResult;
import kr.crm.api.identity.Compactor;
import kr.crm.api.identity.IdentityNormalizer;
import kr.crm.api.identity.MergeService;
import kr.crm.api.store.CustomerStore;
import kr.crm.api.store.IdentityKind;
import kr.crm.api.store.IdentityStore;
import kr.crm.api.store.Leases;
import kr.crm.api.store.ReviewStore;
import kr.crm.api.store.SharedValue;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 정기압축: pages through the values more than one customer holds, scores each pair by the
 * matching rule, merges the sure ones into the older key and queues the uncertain ones. One node
 * at a time (lease {@code compaction}); merges are transactions of their own, so orders keep
 * arriving while it runs. Memory holds one page.
 */
@Component(service = Compactor.class,
        configurationPid = {"kr.crm.identity.compaction", "kr.crm.identity.matching"})
public final class Compaction implements Compactor {
    private static final Logger LOG = LoggerFactory.getLogger(Compaction.class);
    static final String ACTOR = "compaction";

    private final IdentityStore index;
    private final CustomerStore customers;
    private final MergeService merges;
    private final ReviewStore reviews;
    private final IdentityNormalizer normalizer;
    private final Leases leases;
    private final MatchingConfig matching;
    private final CompactionConfig config;
    private final Clock clock = Clock.systemUTC();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "crm-compaction"));

    @Activate
    public Compaction(@Reference IdentityStore index, @Reference CustomerStore customers, @Reference MergeService merges,
            @Reference ReviewStore reviews, @Reference IdentityNormalizer normalizer, @Reference Leases leases,
            CompactionConfig config, MatchingConfig matching) {
        this.index = index;
        this.customers = customers;
        this.merges = merges;
        this.reviews = reviews;
        this.normalizer = normalizer;
        this.leases = leases;
        this.matching = matching;
        this.config = config;
        timer.scheduleWithFixedDelay(this::runSafely, config.intervalMinutes(), config.intervalMinutes(),
                TimeUnit.MINUTES);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    private void runSafely() {
        try {
            if (leases.tryTake("compaction", Duration.ofHours(2))) {
                CompactionResult r = run();
                LOG.info("Compaction: {} shared values, {} merged, {} queued", r.sharedValues(), r.merged(), r.queued());
            }
        } catch (RuntimeException e) {
            LOG.warn("Compaction stopped: {}", e.getClass().getName());
        } finally {
            leases.release("compaction");
        }
    }

    @Override
    public CompactionResult run() {
        long shared = 0;
        long merged = 0;
        long queued = 0;
        IdentityKind afterKind = null;
        String afterCanonical = null;
        while (true) {
            List<SharedValue> page = index.sharedValues(afterKind, afterCanonical, config.pageSize());
            for (SharedValue value : page) {
                shared++;
                int[] done = compact(value.customerKeys());
                merged += done[0];
                queued += done[1];
            }
            if (page.size() < config.pageSize()) {
                return new CompactionResult(shared, merged, queued);
            }
            SharedValue last = page.get(page.size() - 1);
            afterKind = last.kind();
            afterCanonical = last.canonical();
        }
    }

    /** Pairs the oldest holder of a value with each other holder. @return merged, queued */
    private int[] compact(List<String> keys) {
        List<Customer> holders = keys.stream().map(customers::findByKey).flatMap(Optional::stream)
                .distinct().sorted(Comparator.comparing(Customer::createdAt).thenComparing(Customer::key))
                .toList();
        int merged = 0;
        int queued = 0;
        Customer oldest = holders.isEmpty() ? null : holders.get(0);
        for (Customer newer : holders.subList(Math.min(1, holders.size()), holders.size())) {
            if (newer.kind() != oldest.kind()) {
                continue;
            }
            MatchScorer.Score score = DuplicateScorer.score(index.rowsOf(List.of(newer.key())),
                    index.rowsOf(List.of(oldest.key())), normalizer);
            if (score.value() >= matching.linkThreshold() && config.autoMerge()) {
                try {
                    merges.merge(oldest.key(), newer.key(), "compaction: " + score.rule() + " " + score.value(), ACTOR);
                    merged++;
                } catch (ValidationException e) {
                    // merged or changed meanwhile: the next scan looks again
                }
            } else if (score.value() >= matching.reviewFloor()) {
                reviews.enqueue(newer.key(), oldest.key(), ACTOR, score.value(), score.rule(), clock.instant());
                queued++;
            }
        }
        return new int[] {merged, queued};
    }
}
