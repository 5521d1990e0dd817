package kr.crm.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.crm.api.privacy.DestructionMethod;
import kr.crm.api.privacy.PurgeRun;
import kr.crm.api.privacy.RetentionCategory;
import kr.crm.api.store.Destruction;
import kr.crm.api.store.Leases;
import kr.crm.api.store.PrivacyStore;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class PurgeJobTest {
    private final PrivacyStore store = mock(PrivacyStore.class);
    private final Leases leases = mock(Leases.class);
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T06:00:00Z"), ZoneOffset.UTC);

    private PurgeJob job(int batchSize) {
        RetentionConfig config = mock(RetentionConfig.class);
        when(config.prospectMonths()).thenReturn(24);
        when(config.marketingGraceDays()).thenReturn(5);
        when(config.orderIdentityYears()).thenReturn(5);
        when(config.contactLogYears()).thenReturn(5);
        when(config.permissionHistoryYears()).thenReturn(3);
        when(config.intervalHours()).thenReturn(0);
        when(config.leaseMinutes()).thenReturn(30);
        when(config.batchSize()).thenReturn(batchSize);
        return new PurgeJob(store, leases, config, clock);
    }

    @Test
    void withoutTheLeaseNothingIsDestroyed() {
        when(leases.tryTake(eq(PurgeJob.LEASE), any())).thenReturn(false);

        PurgeRun run = job(2).run("it");

        assertThat(run.ran()).isFalse();
        verify(store, never()).expiredProspects(any(), any(), anyInt());
        verify(leases, never()).release(any());
    }

    @Test
    void aFailingCustomerIsCountedAndSkippedAndTheNextBatchStartsAfterTheLastKey() {
        when(leases.tryTake(eq(PurgeJob.LEASE), any())).thenReturn(true);
        when(store.expiredProspects(any(), isNull(), eq(2))).thenReturn(List.of("A", "B"));
        when(store.expiredProspects(any(), eq("B"), eq(2))).thenReturn(List.of("C"));
        when(store.deleteCustomer(eq("A"), any())).thenThrow(new IllegalStateException("deadlock"));
        when(store.deleteCustomer(eq("B"), any())).thenReturn(Optional.of(Map.of("customer", 1)));
        when(store.deleteCustomer(eq("C"), any())).thenReturn(Optional.empty());
        when(store.deletePermissionHistory(any(), any())).thenReturn(Optional.of(Map.of("user_permission_history", 4)));

        PurgeRun run = job(2).run("it.admin");

        assertThat(run.ran()).isTrue();
        assertThat(run.destroyed()).containsEntry(RetentionCategory.PROSPECT, 1)
                .containsEntry(RetentionCategory.PERMISSION_HISTORY, 1);
        assertThat(run.failures()).containsEntry(RetentionCategory.PROSPECT, 1);
        ArgumentCaptor<Destruction> d = ArgumentCaptor.forClass(Destruction.class);
        verify(store).deleteCustomer(eq("B"), d.capture());
        assertThat(d.getValue().method()).isEqualTo(DestructionMethod.DELETED);
        assertThat(d.getValue().by()).isEqualTo("it.admin");
        assertThat(d.getValue().rule()).isEqualTo("no order and no activity for 24 months");
        verify(store).expiredOrderIdentities(eq(Instant.parse("2019-12-31T15:00:00Z")),
                eq(Instant.parse("2024-12-07T06:00:00Z")), isNull(), eq(2));
        verify(leases).release(PurgeJob.LEASE);
    }
}
