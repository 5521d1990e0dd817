package kr.crm.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import kr.crm.api.common.ValidationException;
import kr.crm.api.identity.IdentityResolver;
import kr.crm.api.identity.PartyResolution;
import kr.crm.api.identity.Resolution;
import kr.crm.api.order.IncomingOrder;
import kr.crm.api.order.IngestOutcome;
import kr.crm.api.order.IngestResult;
import kr.crm.api.order.OrderLine;
import kr.crm.api.order.OrderStatus;
import kr.crm.api.order.PartyIdentity;
import kr.crm.api.order.SalesOrder;
import kr.crm.api.store.IngestStatStore;
import kr.crm.api.store.OrderLink;
import kr.crm.api.store.OrderStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class DefaultOrderServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

    private final OrderStore store = mock(OrderStore.class);
    private final IdentityResolver identities = mock(IdentityResolver.class);
    private final IngestStatStore stats = mock(IngestStatStore.class);
    private final DefaultOrderService service = new DefaultOrderService(store, identities, stats,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final List<List<SalesOrder>> stored = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void everyBuyerIsANewCustomerNamedAfterItsPhone() {
        when(store.links(anyString(), anyCollection())).thenReturn(Map.of());
        when(identities.resolveAll(anyString(), anyList())).thenAnswer(call -> {
            List<PartyIdentity> parties = call.getArgument(1);
            return parties.stream().map(p -> p.name() == null
                    ? PartyResolution.rejected("name", "no usable identity")
                    : PartyResolution.of(new Resolution("C" + p.phone(), true, 0, null, false))).toList();
        });
        when(store.upsertAll(anyList())).thenAnswer(call -> {
            List<SalesOrder> orders = call.getArgument(0);
            stored.add(orders);
            return Collections.nCopies(orders.size(), true);
        });
    }

    private static IncomingOrder order(String orderNo, String buyer, String amount) {
        return new IncomingOrder("gs-shop", orderNo, OffsetDateTime.parse("2026-11-20T10:00:00+09:00"),
                OrderStatus.ACTIVE, new PartyIdentity(null, buyer, "0101", null, null, null, null, null), null, "KRW",
                new BigDecimal(amount), List.of(new OrderLine(1, "P1", "참기름", null, BigDecimal.ONE,
                        new BigDecimal(amount), new BigDecimal(amount), null)));
    }

    @Test
    void anOrderDeliveredTwiceInOneBatchIsStoredOnceWithTheLastContent() {
        List<IngestResult> r = service.ingestAll(List.of(order("A-1", "김민지", "1000"), order("A-1", "김민지", "2000")));

        assertThat(r).extracting(IngestResult::outcome).containsExactly(IngestOutcome.NEW_CUSTOMER, IngestOutcome.UPDATED);
        assertThat(r).extracting(IngestResult::customerKey).containsOnly("C0101");
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0)).singleElement().extracting(SalesOrder::totalAmount)
                .isEqualTo(new BigDecimal("2000"));
    }

    @Test
    void orderNumbersDifferingOnlyInCaseAreOneOrderAsInTheDatabase() {
        List<IngestResult> r = service.ingestAll(List.of(order("gs-100a", "김민지", "1000"), order("GS-100A", "김민지", "2000")));

        assertThat(r).extracting(IngestResult::outcome).containsExactly(IngestOutcome.NEW_CUSTOMER, IngestOutcome.UPDATED);
        assertThat(stored.get(0)).hasSize(1);
    }

    @Test
    void aStoredOrderKeepsItsLinkAndItsBuyerIsNotResolvedAgain() {
        when(store.links(eq("gs-shop"), anyCollection())).thenReturn(Map.of("A-1", new OrderLink("CFIRST",
                Instant.parse("2026-11-01T00:00:00Z"))));
        when(store.upsertAll(anyList())).thenReturn(List.of(false));

        IngestResult r = service.ingest(order("A-1", "김민지", "1000"));

        assertThat(r.outcome()).isEqualTo(IngestOutcome.UPDATED);
        assertThat(r.customerKey()).isEqualTo("CFIRST");
        verify(identities).resolveAll("gs-shop", List.of());
    }

    @Test
    void anOrderWithoutAUsableBuyerIsRejectedNamingTheFieldAndTheRestGoesIn() {
        List<IngestResult> r = service.ingestAll(List.of(order("A-1", null, "1000"), order("A-2", "이서연", "1000")));

        assertThat(r.get(0).outcome()).isEqualTo(IngestOutcome.REJECTED);
        assertThat(r.get(0).field()).isEqualTo("buyer.name");
        assertThat(r.get(1).outcome()).isEqualTo(IngestOutcome.NEW_CUSTOMER);
        assertThat(stored.get(0)).extracting(SalesOrder::orderNo).containsExactly("A-2");
    }

    @Test
    void anOrderTheDatabaseRefusesIsTakenApartFromItsBatchSoTheOthersGoIn() {
        when(store.upsertAll(anyList())).thenAnswer(call -> {
            List<SalesOrder> orders = call.getArgument(0);
            if (orders.stream().anyMatch(o -> o.orderNo().equals("BAD"))) {
                throw new IllegalStateException(new SQLException("Data too long", "22001", 1406));
            }
            stored.add(orders);
            return Collections.nCopies(orders.size(), true);
        });

        List<IngestResult> r = service.ingestAll(List.of(order("A-1", "김민지", "1000"), order("BAD", "이서연", "1"),
                order("A-3", "박지호", "3000")));

        assertThat(r).extracting(IngestResult::outcome).containsExactly(IngestOutcome.NEW_CUSTOMER,
                IngestOutcome.REJECTED, IngestOutcome.NEW_CUSTOMER);
        assertThat(r.get(1).reason()).contains("deliver it again");
        assertThat(stored).flatExtracting(l -> l).extracting(SalesOrder::orderNo).containsExactly("A-1", "A-3");
    }

    @Test
    void anOrderALaterCheckRefusesIsRejectedNamingThatCheck() {
        doAnswer(call -> {
            List<PartyIdentity> parties = call.getArgument(1);
            if (parties.stream().anyMatch(p -> "이서연".equals(p.name()))) {
                throw new ValidationException("[0].name", "must be a single line without control characters");
            }
            return parties.stream().map(p -> PartyResolution.of(new Resolution("C1", true, 0, null, false))).toList();
        }).when(identities).resolveAll(anyString(), anyList());

        List<IngestResult> r = service.ingestAll(List.of(order("A-1", "김민지", "1000"), order("A-2", "이서연", "1000")));

        assertThat(r.get(0).outcome()).isEqualTo(IngestOutcome.NEW_CUSTOMER);
        assertThat(r.get(1).outcome()).isEqualTo(IngestOutcome.REJECTED);
        assertThat(r.get(1).field()).isEqualTo("[0].name");
        assertThat(r.get(1).reason()).isEqualTo("must be a single line without control characters");
    }

    @Test
    void aPassingFailureIsTriedAgainBeforeAnythingIsRejected() {
        when(store.upsertAll(anyList()))
                .thenThrow(new IllegalStateException(new SQLException("Deadlock found", "40001", 1213)))
                .thenReturn(List.of(true));

        IngestResult r = service.ingest(order("A-1", "김민지", "1000"));

        assertThat(r.outcome()).isEqualTo(IngestOutcome.NEW_CUSTOMER);
    }

    @Test
    void everyResultIsCountedOnce() {
        service.ingestAll(List.of(order("A-1", "김민지", "1000"), order("A-2", null, "1000")));

        ArgumentCaptor<List<IngestResult>> counted = ArgumentCaptor.forClass(List.class);
        verify(stats).countAll(counted.capture(), any(), eq(NOW));
        assertThat(counted.getValue()).extracting(IngestResult::outcome)
                .containsExactly(IngestOutcome.NEW_CUSTOMER, IngestOutcome.REJECTED);
        verify(stats, never()).count(any(), any(), any());
    }

    private static List<IncomingOrder> orders(int n) {
        List<IncomingOrder> orders = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            orders.add(order("P-" + i, "구매자" + i, "1000"));
        }
        return orders;
    }

    /** Resolves as the identity bundle does: a party seen before is matched to the customer made for it. */
    private void identitiesRemember() {
        Set<String> made = ConcurrentHashMap.newKeySet();
        doAnswer(call -> {
            List<PartyIdentity> parties = call.getArgument(1);
            return parties.stream().map(p -> PartyResolution.of(new Resolution("C-" + p.name(), made.add(p.name()), 0,
                    null, false))).toList();
        }).when(identities).resolveAll(anyString(), anyList());
    }

    private List<String> storedNumbers() {
        synchronized (stored) {
            return stored.stream().flatMap(List::stream).map(SalesOrder::orderNo).toList();
        }
    }

    @Test
    void aDeliveryOfSeveralChunksIsStoredWholeAndAnsweredInItsOrder() {
        List<IncomingOrder> orders = orders(2 * DefaultOrderService.CHUNK + 500);

        List<IngestResult> r = service.ingestAll(orders);

        assertThat(r).extracting(IngestResult::orderNo).containsExactlyElementsOf(
                orders.stream().map(IncomingOrder::orderNo).toList());
        assertThat(r).extracting(IngestResult::outcome).containsOnly(IngestOutcome.NEW_CUSTOMER);
        assertThat(stored).hasSize(3);
        assertThat(storedNumbers()).doesNotHaveDuplicates().hasSize(orders.size());
    }

    @Test
    void theNextChunkIsLinkedWhileTheChunkBeforeIsWritten() {
        CountDownLatch secondLinked = new CountDownLatch(2);
        doAnswer(call -> {
            secondLinked.countDown();
            List<PartyIdentity> parties = call.getArgument(1);
            return parties.stream().map(p -> PartyResolution.of(new Resolution("C1", true, 0, null, false))).toList();
        }).when(identities).resolveAll(anyString(), anyList());
        AtomicBoolean overlapped = new AtomicBoolean();
        doAnswer(call -> {
            List<SalesOrder> orders = call.getArgument(0);
            if (orders.get(0).orderNo().equals("P-0")) {
                overlapped.set(secondLinked.await(10, TimeUnit.SECONDS));
            }
            stored.add(orders);
            return Collections.nCopies(orders.size(), true);
        }).when(store).upsertAll(anyList());

        List<IngestResult> r = service.ingestAll(orders(DefaultOrderService.CHUNK + 1));

        assertThat(overlapped).as("the second chunk was linked during the first one's write").isTrue();
        assertThat(r).extracting(IngestResult::outcome).containsOnly(IngestOutcome.NEW_CUSTOMER);
    }

    @Test
    void aChunkSharingAnOrderNumberWithTheChunkBeingWrittenSeesItStored() {
        AtomicInteger resolutions = new AtomicInteger();
        doAnswer(call -> {
            String key = "C" + resolutions.incrementAndGet(); // a resolution of its own for each chunk
            List<PartyIdentity> parties = call.getArgument(1);
            return parties.stream().map(p -> PartyResolution.of(new Resolution(key, true, 0, null, false))).toList();
        }).when(identities).resolveAll(anyString(), anyList());
        Map<String, OrderLink> links = new ConcurrentHashMap<>();
        doAnswer(call -> {
            Map<String, OrderLink> known = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (Object n : (java.util.Collection<?>) call.getArgument(1)) {
                if (links.containsKey(n)) {
                    known.put((String) n, links.get(n));
                }
            }
            return known;
        }).when(store).links(anyString(), anyCollection());
        doAnswer(call -> {
            List<SalesOrder> orders = call.getArgument(0);
            Thread.sleep(300); // a slow write: a chunk linked meanwhile would not see these orders
            List<Boolean> created = new ArrayList<>();
            for (SalesOrder o : orders) {
                created.add(links.putIfAbsent(o.orderNo(), new OrderLink(o.customerKey(), NOW)) == null);
            }
            stored.add(orders);
            return created;
        }).when(store).upsertAll(anyList());
        List<IncomingOrder> orders = new ArrayList<>(orders(DefaultOrderService.CHUNK));
        orders.add(order("P-0", "구매자0", "2000"));

        List<IngestResult> r = service.ingestAll(orders);

        assertThat(r.get(0).outcome()).isEqualTo(IngestOutcome.NEW_CUSTOMER);
        assertThat(r.get(DefaultOrderService.CHUNK).outcome()).isEqualTo(IngestOutcome.UPDATED);
        assertThat(r.get(DefaultOrderService.CHUNK).customerKey()).as("keeps its link").isEqualTo("C1");
        assertThat(stored.get(1)).singleElement().extracting(SalesOrder::customerKey).isEqualTo("C1");
    }

    @Test
    void aChunkWhoseWriteFailsForAPassingReasonIsWrittenAgainAndKeepsItsOutcomes() {
        identitiesRemember();
        AtomicBoolean failed = new AtomicBoolean();
        doAnswer(call -> {
            List<SalesOrder> orders = call.getArgument(0);
            if (orders.get(0).orderNo().equals("P-" + DefaultOrderService.CHUNK) && failed.compareAndSet(false, true)) {
                throw new IllegalStateException(new SQLException("Connection reset", "08S01", 0));
            }
            stored.add(orders);
            return Collections.nCopies(orders.size(), true);
        }).when(store).upsertAll(anyList());

        List<IngestResult> r = service.ingestAll(orders(3 * DefaultOrderService.CHUNK));

        assertThat(failed).isTrue();
        assertThat(r).extracting(IngestResult::outcome).containsOnly(IngestOutcome.NEW_CUSTOMER);
        assertThat(storedNumbers()).doesNotHaveDuplicates().hasSize(3 * DefaultOrderService.CHUNK);
    }

    @Test
    void afterTheServiceStopsAManyChunkDeliveryIsStillStoredWholeWithItsOutcomes() {
        identitiesRemember();
        service.stop();

        List<IngestResult> r = service.ingestAll(orders(DefaultOrderService.CHUNK + 10));

        assertThat(r).extracting(IngestResult::outcome).containsOnly(IngestOutcome.NEW_CUSTOMER);
        assertThat(storedNumbers()).doesNotHaveDuplicates().hasSize(DefaultOrderService.CHUNK + 10);
    }

    @Test
    void aChunkWhoseLinkFailsWhileTheChunkBeforeIsWrittenGoesTheCarefulWayAndNothingIsLost() {
        AtomicInteger links = new AtomicInteger();
        doAnswer(call -> {
            if (links.incrementAndGet() == 2) { // the second chunk's, while the first one is written
                throw new IllegalStateException(new SQLException("Deadlock found", "40001", 1213));
            }
            List<PartyIdentity> parties = call.getArgument(1);
            return parties.stream().map(p -> PartyResolution.of(new Resolution("C1", true, 0, null, false))).toList();
        }).when(identities).resolveAll(anyString(), anyList());

        List<IngestResult> r = service.ingestAll(orders(3 * DefaultOrderService.CHUNK));

        assertThat(links).hasValue(4);
        assertThat(r).extracting(IngestResult::outcome).containsOnly(IngestOutcome.NEW_CUSTOMER);
        assertThat(storedNumbers()).doesNotHaveDuplicates().hasSize(3 * DefaultOrderService.CHUNK);
    }
}
