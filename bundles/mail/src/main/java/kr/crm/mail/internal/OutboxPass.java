package kr.crm.mail.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import kr.crm.api.common.ValidationException;
import kr.crm.api.mail.MailDeliveryException;
import kr.crm.api.mail.MailSender;
import kr.crm.api.store.Leases;
import kr.crm.api.store.MailOutboxStore;
import kr.crm.api.store.MailOutboxStore.PendingMail;

/**
 * One pass over the due messages, by the node that holds the lease {@code mail-outbox}: each is sent, then marked
 * sent, kept for a retry, or failed. A message is marked only after the relay answered, so a node that dies in
 * between sends it again on the next pass (at least once, same Message-ID).
 */
final class OutboxPass {
    static final String LEASE = "mail-outbox";

    /** What a pass did. */
    record Result(boolean ran, int sent, int retried, int failed) {
        static final Result SKIPPED = new Result(false, 0, 0, 0);
    }

    private final MailOutboxStore store;
    private final Leases leases;
    private final RetryPolicy retry;
    private final Duration leaseLength;
    private final int batchSize;
    private final Clock clock;

    OutboxPass(MailOutboxStore store, Leases leases, RetryPolicy retry, Duration leaseLength, int batchSize,
            Clock clock) {
        this.store = store;
        this.leases = leases;
        this.retry = retry;
        this.leaseLength = leaseLength;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    Result run(MailSender sender) {
        if (sender == null || !leases.tryTake(LEASE, leaseLength)) {
            return Result.SKIPPED;
        }
        try {
            int sent = 0;
            int retried = 0;
            int failed = 0;
            List<PendingMail> due = store.due(now(), batchSize);
            for (PendingMail p : due) {
                if (!leases.tryTake(LEASE, leaseLength)) {
                    break; // lost the lease (this node stalled past it): the new holder goes on
                }
                switch (deliver(sender, p)) {
                    case SENT -> sent++;
                    case RETRY -> retried++;
                    case FAILED -> failed++;
                    case TAKEN -> { }
                }
            }
            return new Result(true, sent, retried, failed);
        } finally {
            leases.release(LEASE);
        }
    }

    private enum Outcome { SENT, RETRY, FAILED, TAKEN }

    private Outcome deliver(MailSender sender, PendingMail p) {
        long id = p.record().id();
        Instant now = now();
        // the lease keeps other nodes out; the claim also keeps out an overlapping pass of this node (a restarted
        // component whose old pass was still sending shares the node's lease)
        if (!store.claim(id, now, now.plus(leaseLength))) {
            return Outcome.TAKEN;
        }
        try {
            sender.send(p.mail(), p.record().messageId());
            store.markSent(id, now());
            return Outcome.SENT;
        } catch (ValidationException e) {
            store.markFailed(id, "not sendable: " + e.field() + " " + e.getMessage(), now());
            return Outcome.FAILED;
        } catch (MailDeliveryException e) {
            int attempts = p.record().attempts() + 1;
            if (e.permanent() || retry.exhausted(attempts)) {
                store.markFailed(id, e.getMessage(), now());
                return Outcome.FAILED;
            }
            store.markRetry(id, e.getMessage(), retry.next(attempts, now()));
            return Outcome.RETRY;
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
