package kr.crm.campaign.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DomainLanesTest {

    @Test
    void atMostThreeMessagesToOneDomainAreInFlightAndEveryMessageGoesOnce() throws Exception {
        List<String> slice = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            slice.add(i + "@" + (i % 2 == 0 ? "big.kr" : "d" + i % 5 + ".kr"));
        }
        Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
        Map<String, Integer> most = new ConcurrentHashMap<>();
        List<String> done = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            new DomainLanes(3).run(slice, a -> a.substring(a.indexOf('@') + 1), a -> {
                String d = a.substring(a.indexOf('@') + 1);
                int now = inFlight.computeIfAbsent(d, x -> new AtomicInteger()).incrementAndGet();
                most.merge(d, now, Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                inFlight.get(d).decrementAndGet();
                done.add(a);
            }, pool);
        } finally {
            pool.shutdownNow();
        }
        assertThat(done).containsExactlyInAnyOrderElementsOf(slice);
        assertThat(most.values()).allSatisfy(m -> assertThat(m).isBetween(1, 3));
        assertThat(most.get("big.kr")).isEqualTo(3);
    }

    @Test
    void smsRowsShareOneLaneGroupAndMailRowsGoByTheirDomain() {
        assertThat(SendPass.lane(due("kim@Example.CO.KR"))).isEqualTo("example.co.kr");
        assertThat(SendPass.lane(due("010-1234-5678"))).isEqualTo("sms");
    }

    private static kr.crm.api.store.CampaignStore.Due due(String address) {
        return new kr.crm.api.store.CampaignStore.Due(new kr.crm.api.campaign.CampaignRecipient(1, 1, 0, "C1", address,
                kr.crm.api.consent.LawfulBasis.CONSENT, 1L, kr.crm.api.campaign.RecipientState.PENDING, null, 0, null,
                null, false, 0, 0, null, null), null);
    }
}
