package kr.crm.service.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import kr.crm.api.store.Leases;
import kr.crm.api.store.PortalRateStore;
import org.junit.jupiter.api.Test;

class PortalRateCleanupTest {
    private final List<Instant> forgotBefore = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();
    private boolean leaseFree = true;

    private final PortalRateStore rates = new PortalRateStore() {
        @Override
        public int hit(String addressHash, Instant windowStart) {
            throw new AssertionError("the cleanup counts nothing");
        }

        @Override
        public int forgetBefore(Instant before) {
            calls.add("forget");
            forgotBefore.add(before);
            return 3;
        }
    };

    private final Leases leases = new Leases() {
        @Override
        public boolean tryTake(String name, Duration length) {
            assertThat(name).isEqualTo("service-portal-rate");
            calls.add("take");
            return leaseFree;
        }

        @Override
        public void release(String name) {
            calls.add("release");
        }
    };

    private final PortalRateCleanup cleanup = new PortalRateCleanup(rates, leases,
            Clock.fixed(Instant.parse("2026-11-23T14:37:12Z"), ZoneOffset.UTC));

    @Test
    void countersOfFinishedHoursAreDroppedUnderTheLease() {
        assertThat(cleanup.run()).isEqualTo(3);
        assertThat(forgotBefore).as("the current hour is still counted against").containsExactly(Instant.parse("2026-11-23T14:00:00Z"));
        assertThat(calls).containsExactly("take", "forget", "release");
    }

    @Test
    void anotherNodeHoldingTheLeaseMeansNothingIsDone() {
        leaseFree = false;
        assertThat(cleanup.run()).isEqualTo(-1);
        assertThat(calls).containsExactly("take");
    }
}
