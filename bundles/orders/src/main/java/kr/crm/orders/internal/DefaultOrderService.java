package kr.crm.orders.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import kr.crm.api.common.Page;
import kr.crm.api.common.PageRequest;
import kr.crm.api.common.ValidationException;
import kr.crm.api.identity.IdentityResolver;
import kr.crm.api.order.IncomingOrder;
import kr.crm.api.order.IngestionReport;
import kr.crm.api.order.IngestOutcome;
import kr.crm.api.order.IngestResult;
import kr.crm.api.order.OrderEvents;
import kr.crm.api.order.MonthlyRevenue;
import kr.crm.api.order.OrderService;
import kr.crm.api.order.SalesOrder;
import kr.crm.api.store.IngestStatStore;
import kr.crm.api.store.OrderStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every entry point ends here. A known {@code (source, orderNo)} keeps its customer link and is
 * updated; a new one is linked through the {@link IdentityResolver}. A recipient who is not the
 * buyer is resolved too, which makes a prospect of someone new. A bad order is reported, never thrown.
 */
@Component(service = OrderService.class)
public final class DefaultOrderService implements OrderService {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultOrderService.class);

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    /** Orders linked and stored together; the identity batch holds their parties' candidates in memory. */
    static final int CHUNK = 1000;

    private final OrderStore store;
    private final SourceBatch batch;
    /** Writes under way at once on this node, each on a connection of its own; more are done by their callers. */
    static final int WRITERS = 2;

    private final ExecutorService writer = new ThreadPoolExecutor(0, WRITERS, 60, TimeUnit.SECONDS,
            new SynchronousQueue<>(), r -> {
                Thread t = new Thread(r, "crm-order-writer");
                t.setDaemon(true);
                return t;
            });
    private final ChunkPipeline pipeline;
    private final IngestStatStore stats;
    private final Clock clock;

    private final EventAdmin events;

    @Activate
    public DefaultOrderService(@Reference OrderStore store, @Reference IdentityResolver identities,
            @Reference IngestStatStore stats,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            EventAdmin events) {
        this(store, identities, stats, Clock.systemUTC(), events);
    }

    DefaultOrderService(OrderStore store, IdentityResolver identities, IngestStatStore stats, Clock clock) {
        this(store, identities, stats, clock, null);
    }

    DefaultOrderService(OrderStore store, IdentityResolver identities, IngestStatStore stats, Clock clock,
            EventAdmin events) {
        this.store = store;
        this.batch = new SourceBatch(store, identities);
        this.pipeline = new ChunkPipeline(batch, writer, this::now);
        this.stats = stats;
        this.clock = clock;
        this.events = events;
    }

    /** Writes under way finish (for up to 30 s); new ones are done on their callers' threads. */
    @Deactivate
    void stop() {
        writer.shutdown();
        try {
            writer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public IngestResult ingest(IncomingOrder order) {
        return ingestAll(Collections.singletonList(order)).get(0);
    }

    /**
     * Validates every order, then links and stores the valid ones per source in chunks (see
     * {@link SourceBatch}), a chunk's write overlapping the next chunk's linking ({@link ChunkPipeline}).
     * A chunk that fails for a passing reason (deadlock, lost connection, another node storing one of
     * its orders first) is tried again; one that still fails is split in halves, down to single orders,
     * so that one order the database refuses does not take the rest of the batch with it.
     */
    @Override
    public List<IngestResult> ingestAll(List<IncomingOrder> delivered) {
        IngestResult[] results = new IngestResult[delivered.size()];
        Map<String, List<Integer>> bySource = new LinkedHashMap<>();
        List<IncomingOrder> clean = new ArrayList<>(delivered.size());
        for (int i = 0; i < delivered.size(); i++) {
            IncomingOrder order = delivered.get(i);
            try {
                IncomingOrder valid = OrderValidator.clean(order);
                clean.add(valid);
                bySource.computeIfAbsent(valid.source(), s -> new ArrayList<>()).add(i);
            } catch (ValidationException e) {
                clean.add(null);
                results[i] = new IngestResult(order == null ? null : order.source(),
                        order == null ? null : order.orderNo(), IngestOutcome.REJECTED, null, e.field(), e.getMessage());
            }
        }
        bySource.forEach((source, positions) -> {
            if (positions.size() <= CHUNK) {
                store(source, positions, clean, results);
                return;
            }
            List<List<Integer>> chunks = new ArrayList<>();
            for (int from = 0; from < positions.size(); from += CHUNK) {
                chunks.add(positions.subList(from, Math.min(positions.size(), from + CHUNK)));
            }
            pipeline.run(source, chunks, clean, results, chunk -> store(source, chunk, clean, results));
        });
        List<IngestResult> all = List.of(results);
        count(all);
        announce(all);
        return all;
    }

    /** Tells who listens (grading) which customers' orders were stored, after they were committed. */
    private void announce(List<IngestResult> results) {
        if (events == null) {
            return;
        }
        String[] keys = results.stream()
                .filter(r -> r.outcome() != IngestOutcome.REJECTED && r.customerKey() != null)
                .map(IngestResult::customerKey).distinct().toArray(String[]::new);
        if (keys.length > 0) {
            events.postEvent(new Event(OrderEvents.TOPIC_LINKED, Map.of(OrderEvents.CUSTOMER_KEYS, keys)));
        }
    }

    private void store(String source, List<Integer> positions, List<IncomingOrder> clean, IngestResult[] results) {
        List<IncomingOrder> orders = positions.stream().map(clean::get).toList();
        Transient.Tried<List<IngestResult>> tried = Transient.tries(() -> batch.ingest(source, orders, now()));
        if (tried.done()) {
            for (int i = 0; i < positions.size(); i++) {
                results[positions.get(i)] = tried.value().get(i);
            }
            return;
        }
        RuntimeException failure = tried.failure();
        if (positions.size() > 1) {
            // halves, not singles: a refused order is found in log2(n) steps, and after a burst of
            // lost connections the rest still goes in large batches
            int half = positions.size() / 2;
            store(source, positions.subList(0, half), clean, results);
            store(source, positions.subList(half, positions.size()), clean, results);
            return;
        }
        IncomingOrder order = orders.get(0);
        // a value a later check refused (e.g. the customer master): delivering it again will not help
        if (failure instanceof ValidationException refused) {
            LOG.warn("Order from {} refused while linking, field {}", source, refused.field());
            results[positions.get(0)] = new IngestResult(source, order.orderNo(), IngestOutcome.REJECTED, null,
                    refused.field(), refused.getMessage());
            return;
        }
        LOG.warn("Order from {} could not be stored: {}", source, failure.getClass().getName());
        results[positions.get(0)] = new IngestResult(source, order.orderNo(), IngestOutcome.REJECTED, null, null,
                "could not be stored (" + failure.getClass().getSimpleName() + "); deliver it again");
    }

    /** Counting must not fail orders that went in; a lost count only shows in the report. */
    private void count(List<IngestResult> results) {
        try {
            Instant now = now();
            stats.countAll(results.stream().map(ForStats::of).toList(), now.atZone(SEOUL).toLocalDate(), now);
        } catch (RuntimeException e) {
            LOG.warn("Ingestion counts of {} results lost: {}", results.size(), e.getClass().getName());
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public IngestionReport report(String source, LocalDate from, LocalDate to) {
        if (source == null || source.isBlank()) {
            throw new ValidationException("source", "is required");
        }
        LocalDate today = clock.instant().atZone(SEOUL).toLocalDate();
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusDays(29) : from;
        if (start.isAfter(end) || start.plusDays(366).isBefore(end)) {
            throw new ValidationException("from", "must be on or before 'to' and at most 366 days before it");
        }
        String s = source.strip().toLowerCase(java.util.Locale.ROOT);
        return new IngestionReport(s, start, end, stats.outcomes(s, start, end), stats.rejections(s, start, end, 100));
    }

    @Override
    public Optional<SalesOrder> find(String source, String orderNo) {
        return source == null || orderNo == null ? Optional.empty() : store.find(source.strip(), orderNo.strip());
    }

    @Override
    public Page<SalesOrder> ordersOf(String customerKey, PageRequest page) {
        return store.ordersOf(customerKey, page);
    }

    @Override
    public List<MonthlyRevenue> monthlyRevenue(String customerKey, int months) {
        return MonthlyTotals.of(store, customerKey, months, java.time.Clock.systemUTC());
    }
}
