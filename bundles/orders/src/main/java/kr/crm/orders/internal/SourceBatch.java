package kr.crm.orders.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kr.crm.api.identity.IdentityResolver;
import kr.crm.api.identity.PartyResolution;
import kr.crm.api.identity.Resolution;
import kr.crm.api.order.IncomingOrder;
import kr.crm.api.order.IngestOutcome;
import kr.crm.api.order.IngestResult;
import kr.crm.api.order.OrderLine;
import kr.crm.api.order.PartyIdentity;
import kr.crm.api.order.SalesOrder;
import kr.crm.api.store.OrderLink;
import kr.crm.api.store.OrderStore;

/**
 * Links and stores validated orders of one source in a fixed number of statements: which are
 * already stored (they keep their link), one batch resolution of the new orders' buyers and
 * recipients ({@link #link}), one bulk upsert ({@link #store}). Within a batch, an order number
 * delivered more than once counts as delivered in turn: the first delivery links it, the last one's
 * content is stored, and the later ones are reported as updates.
 */
final class SourceBatch {
    private final OrderStore store;
    private final IdentityResolver identities;

    SourceBatch(OrderStore store, IdentityResolver identities) {
        this.store = store;
        this.identities = identities;
    }

    /** The deliveries of one order number in this batch, in input order. */
    private record Deliveries(List<Integer> positions, List<IncomingOrder> orders) {
        IncomingOrder first() {
            return orders.get(0);
        }

        IncomingOrder last() {
            return orders.get(orders.size() - 1);
        }
    }

    /**
     * A batch linked and not yet stored: what was decided (the rejections), and the rows to write.
     * Its parties' identities are written already; its orders are not.
     */
    static final class Linked {
        private final String source;
        private final IngestResult[] results;
        private final Map<String, Resolution> buyers;
        private final List<Deliveries> storing = new ArrayList<>();
        private final List<SalesOrder> rows = new ArrayList<>();
        private final Set<String> orderNos;

        private Linked(String source, IngestResult[] results, Map<String, Resolution> buyers, Set<String> orderNos) {
            this.source = source;
            this.results = results;
            this.buyers = buyers;
            this.orderNos = orderNos;
        }

        /** Whether any of these order numbers is among this batch's, compared as the database's key does. */
        boolean sharesAnyOf(List<IncomingOrder> orders) {
            return orders.stream().anyMatch(o -> orderNos.contains(o.orderNo()));
        }
    }

    /**
     * @param orders validated orders of {@code source}
     * @return one result per order, in input order
     */
    List<IngestResult> ingest(String source, List<IncomingOrder> orders, Instant now) {
        return store(link(source, orders, now));
    }

    /** Finds which orders are stored already and resolves the new ones' buyers and recipients. */
    Linked link(String source, List<IncomingOrder> orders, Instant now) {
        // order numbers compare as the database's unique key does: without regard to case
        Map<String, Deliveries> byNumber = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < orders.size(); i++) {
            Deliveries d = byNumber.computeIfAbsent(orders.get(i).orderNo(),
                    n -> new Deliveries(new ArrayList<>(), new ArrayList<>()));
            d.positions().add(i);
            d.orders().add(orders.get(i));
        }
        Map<String, OrderLink> links = store.links(source, byNumber.keySet());
        List<Deliveries> fresh = byNumber.entrySet().stream().filter(e -> !links.containsKey(e.getKey()))
                .map(Map.Entry::getValue).toList();
        List<PartyIdentity> parties = new ArrayList<>();
        fresh.forEach(d -> parties.add(d.first().buyer()));
        List<Deliveries> withRecipient = fresh.stream().filter(d -> hasRecipient(d.first())).toList();
        withRecipient.forEach(d -> parties.add(d.first().recipient()));
        List<PartyResolution> resolved = identities.resolveAll(source, parties);

        IngestResult[] results = new IngestResult[orders.size()];
        Map<String, Resolution> buyers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < fresh.size(); i++) {
            buyers.put(fresh.get(i).first().orderNo(), resolved.get(i).resolution());
            reject(results, fresh.get(i), "buyer", resolved.get(i));
        }
        for (int i = 0; i < withRecipient.size(); i++) {
            reject(results, withRecipient.get(i), "recipient", resolved.get(fresh.size() + i));
        }
        Set<String> numbers = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        numbers.addAll(byNumber.keySet());
        Linked linked = new Linked(source, results, buyers, numbers);
        for (Deliveries d : byNumber.values()) {
            if (results[d.positions().get(0)] == null) {
                OrderLink link = links.get(d.first().orderNo());
                String key = link != null ? link.customerKey() : buyers.get(d.first().orderNo()).customerKey();
                linked.storing.add(d);
                linked.rows.add(row(d.last(), key, link == null ? now : link.receivedAt(), now));
            }
        }
        return linked;
    }

    /** Stores a linked batch's orders in one bulk upsert; one result per order, in input order. */
    List<IngestResult> store(Linked linked) {
        IngestResult[] results = linked.results.clone();
        List<Boolean> created = store.upsertAll(linked.rows);
        for (int i = 0; i < linked.storing.size(); i++) {
            Deliveries d = linked.storing.get(i);
            Resolution buyer = linked.buyers.get(d.first().orderNo());
            IngestOutcome first = buyer == null || !created.get(i) ? IngestOutcome.UPDATED
                    : buyer.queued() ? IngestOutcome.QUEUED
                    : buyer.created() ? IngestOutcome.NEW_CUSTOMER : IngestOutcome.LINKED;
            for (int k = 0; k < d.positions().size(); k++) {
                results[d.positions().get(k)] = new IngestResult(linked.source, d.first().orderNo(),
                        k == 0 ? first : IngestOutcome.UPDATED, linked.rows.get(i).customerKey(), null, null);
            }
        }
        return List.of(results);
    }

    private static boolean hasRecipient(IncomingOrder order) {
        return order.recipient() != null && order.recipient().name() != null;
    }

    /** Every delivery of an order whose party could not be used is rejected, naming the party's field. */
    private static void reject(IngestResult[] results, Deliveries d, String role, PartyResolution party) {
        if (party.isRejected() && results[d.positions().get(0)] == null) {
            for (int position : d.positions()) {
                results[position] = new IngestResult(d.first().source(), d.first().orderNo(), IngestOutcome.REJECTED,
                        null, role + "." + party.field(), party.reason());
            }
        }
    }

    private static SalesOrder row(IncomingOrder o, String customerKey, Instant receivedAt, Instant now) {
        return new SalesOrder(o.source(), o.orderNo(), customerKey, o.orderedAt(), o.status(), o.currency(),
                o.totalAmount(), margin(o.lines()), o.lines(), receivedAt, now);
    }

    /** The order's margin when every line carries one. */
    private static BigDecimal margin(List<OrderLine> lines) {
        if (lines.isEmpty() || lines.stream().anyMatch(l -> l.margin() == null)) {
            return null;
        }
        return lines.stream().map(OrderLine::margin).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
