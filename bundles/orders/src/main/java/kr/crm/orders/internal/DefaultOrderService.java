package kr.crm.orders.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.crm.api.common.Page;
import kr.crm.api.common.PageRequest;
import kr.crm.api.common.ValidationException;
import kr.crm.api.identity.IdentityResolver;
import kr.crm.api.identity.Resolution;
import kr.crm.api.order.IncomingOrder;
import kr.crm.api.order.IngestionReport;
import kr.crm.api.order.IngestOutcome;
import kr.crm.api.order.IngestResult;
import kr.crm.api.order.OrderLine;
import kr.crm.api.order.OrderService;
import kr.crm.api.order.SalesOrder;
import kr.crm.api.store.IngestStatStore;
import kr.crm.api.store.OrderStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
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

    private final OrderStore store;
    private final IdentityResolver identities;
    private final IngestStatStore stats;
    private final Clock clock;

    @Activate
    public DefaultOrderService(@Reference OrderStore store, @Reference IdentityResolver identities,
            @Reference IngestStatStore stats) {
        this(store, identities, stats, Clock.systemUTC());
    }

    DefaultOrderService(OrderStore store, IdentityResolver identities, IngestStatStore stats, Clock clock) {
        this.store = store;
        this.identities = identities;
        this.stats = stats;
        this.clock = clock;
    }

    @Override
    public IngestResult ingest(IncomingOrder delivered) {
        IngestResult result = null;
        String source = delivered == null ? null : delivered.source();
        String orderNo = delivered == null ? null : delivered.orderNo();
        for (int attempt = 1; attempt <= Transient.ATTEMPTS; attempt++) {
            try {
                result = link(delivered);
                break;
            } catch (RuntimeException e) {
                if (!Transient.is(e) || attempt == Transient.ATTEMPTS) {
                    LOG.warn("Order from {} could not be stored: {}", source, e.getClass().getName());
                    result = new IngestResult(source, orderNo, IngestOutcome.REJECTED, null,
                            null, "could not be stored (" + e.getClass().getSimpleName() + "); deliver it again");
                }
            }
        }
        count(result);
        return result;
    }

    /** Counting must not fail an order that went in; a lost count only shows in the report. */
    private void count(IngestResult result) {
        try {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            stats.count(ForStats.of(result), now.atZone(SEOUL).toLocalDate(), now);
        } catch (RuntimeException e) {
            LOG.warn("Ingestion count of {} lost: {}", result.outcome(), e.getClass().getName());
        }
    }

    private IngestResult link(IncomingOrder delivered) {
        String source = delivered == null ? null : delivered.source();
        String orderNo = delivered == null ? null : delivered.orderNo();
        try {
            IncomingOrder order = OrderValidator.clean(delivered);
            Optional<SalesOrder> known = store.find(order.source(), order.orderNo());
            Resolution buyer = known.map(k -> new Resolution(k.customerKey(), false, 100, "ORDER", false))
                    .orElseGet(() -> resolve(order.source(), "buyer", order));
            if (order.recipient() != null && order.recipient().name() != null && known.isEmpty()) {
                resolveRecipient(order);
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            SalesOrder stored = new SalesOrder(order.source(), order.orderNo(), buyer.customerKey(), order.orderedAt(),
                    order.status(), order.currency(), order.totalAmount(), margin(order.lines()), order.lines(),
                    known.map(SalesOrder::receivedAt).orElse(now), now);
            boolean created = store.upsert(stored);
            IngestOutcome outcome = !created ? IngestOutcome.UPDATED
                    : buyer.queued() ? IngestOutcome.QUEUED
                    : buyer.created() ? IngestOutcome.NEW_CUSTOMER : IngestOutcome.LINKED;
            return new IngestResult(order.source(), order.orderNo(), outcome, buyer.customerKey(), null, null);
        } catch (ValidationException e) {
            return new IngestResult(source, orderNo, IngestOutcome.REJECTED, null, e.field(), e.getMessage());
        }
    }

    @Override
    public List<IngestResult> ingestAll(List<IncomingOrder> orders) {
        List<IngestResult> results = new ArrayList<>(orders.size());
        for (IncomingOrder order : orders) {
            results.add(ingest(order));
        }
        return results;
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

    private Resolution resolve(String source, String role, IncomingOrder order) {
        try {
            return identities.resolve(source, order.buyer());
        } catch (ValidationException e) {
            throw new ValidationException(role + "." + e.field(), e.getMessage());
        }
    }

    private void resolveRecipient(IncomingOrder order) {
        try {
            identities.resolve(order.source(), order.recipient());
        } catch (ValidationException e) {
            throw new ValidationException("recipient." + e.field(), e.getMessage());
        }
    }

    /** The order's margin when every line carries one. */
    private static BigDecimal margin(List<OrderLine> lines) {
        if (lines.isEmpty() || lines.stream().anyMatch(l -> l.margin() == null)) {
            return null;
        }
        return lines.stream().map(OrderLine::margin).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
