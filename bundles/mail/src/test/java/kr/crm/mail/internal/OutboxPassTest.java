package kr.crm.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import kr.crm.api.mail.MailDeliveryException;
import kr.crm.api.mail.MailPurpose;
import kr.crm.api.mail.MailSender;
import kr.crm.api.mail.MailState;
import kr.crm.api.mail.OutgoingMail;
import kr.crm.api.mail.QueuedMail;
import kr.crm.api.store.Leases;
import kr.crm.api.store.MailOutboxStore;
import kr.crm.api.store.MailOutboxStore.PendingMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutboxPassTest {
    private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");
    private final MailOutboxStore store = mock(MailOutboxStore.class);
    private final Leases leases = mock(Leases.class);
    private final MailSender sender = mock(MailSender.class);
    private OutboxPass pass;

    @BeforeEach
    void setUp() {
        pass = new OutboxPass(store, leases, new RetryPolicy(Duration.ofMinutes(1), 3), Duration.ofMinutes(5), 100,
                Clock.fixed(NOW, ZoneOffset.UTC));
        when(leases.tryTake(eq(OutboxPass.LEASE), any())).thenReturn(true);
        when(store.claim(anyLong(), eq(NOW), eq(NOW.plus(Duration.ofMinutes(5))))).thenReturn(true);
    }

    @Test
    void aMessageAnOverlappingPassClaimedFirstIsNotSentAgain() throws Exception {
        when(store.due(NOW, 100)).thenReturn(List.of(pending(1, 0), pending(2, 0)));
        when(store.claim(1, NOW, NOW.plus(Duration.ofMinutes(5)))).thenReturn(false);

        OutboxPass.Result r = pass.run(sender);

        assertThat(r).isEqualTo(new OutboxPass.Result(true, 1, 0, 0));
        verify(sender).send(any(), eq("mid-2"));
        verify(sender, never()).send(any(), eq("mid-1"));
        verify(store, never()).markSent(1, NOW);
    }

    @Test
    void sendsWhatIsDueWithItsStoredMessageIdAndMarksItSent() throws Exception {
        when(store.due(NOW, 100)).thenReturn(List.of(pending(1, 0)));

        OutboxPass.Result r = pass.run(sender);

        assertThat(r).isEqualTo(new OutboxPass.Result(true, 1, 0, 0));
        verify(sender).send(any(), eq("mid-1"));
        verify(store).markSent(1, NOW);
        verify(leases).release(OutboxPass.LEASE);
    }

    @Test
    void aTemporaryRefusalIsRetriedLaterWithAGrowingDelayAndTheLastAttemptFails() throws Exception {
        when(store.due(NOW, 100)).thenReturn(List.of(pending(1, 0), pending(2, 1), pending(3, 2)));
        when(sender.send(any(), anyString())).thenThrow(new MailDeliveryException("421 try later", false, null));

        OutboxPass.Result r = pass.run(sender);

        assertThat(r).isEqualTo(new OutboxPass.Result(true, 0, 2, 1));
        verify(store).markRetry(1, "421 try later", NOW.plus(Duration.ofMinutes(1)));
        verify(store).markRetry(2, "421 try later", NOW.plus(Duration.ofMinutes(2)));
        verify(store).markFailed(3, "421 try later", NOW);
    }

    @Test
    void aPermanentRefusalFailsAtOnce() throws Exception {
        when(store.due(NOW, 100)).thenReturn(List.of(pending(1, 0)));
        when(sender.send(any(), anyString())).thenThrow(new MailDeliveryException("550 no such user", true, null));

        assertThat(pass.run(sender).failed()).isEqualTo(1);
        verify(store).markFailed(1, "550 no such user", NOW);
    }

    @Test
    void anotherNodeHoldingTheLeaseOrNoRelayConfiguredMeansNothingIsTouched() {
        when(leases.tryTake(eq(OutboxPass.LEASE), any())).thenReturn(false);
        assertThat(pass.run(sender).ran()).isFalse();
        assertThat(pass.run(null).ran()).isFalse();
        verify(store, never()).due(any(), anyInt());
    }

    private static PendingMail pending(long id, int attempts) {
        QueuedMail record = new QueuedMail(id, "k" + id, "service.receipt", MailPurpose.TRANSACTIONAL, null,
                MailState.QUEUED, attempts, NOW, NOW, null, "mid-" + id, null);
        return new PendingMail(record, OutgoingMail.transactional("k" + id, null, "a@example.co.kr", null, "제목", "본문",
                "service.receipt"));
    }
}
