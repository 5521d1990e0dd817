package kr.crm.campaign.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import kr.crm.api.campaign.Campaign;
import kr.crm.api.campaign.CampaignState;
import kr.crm.api.campaign.SmsGateway;
import kr.crm.api.mail.MailSender;
import kr.crm.api.store.CampaignStore;
import kr.crm.api.store.CampaignStore.Due;
import kr.crm.api.store.Leases;

/**
 * One pass of the node holding the lease {@code campaign-sender}: for each running campaign whose start time has
 * come, rows a dead sender left SENDING go back to PENDING, then slice after slice of due rows is sent through
 * {@link DomainLanes}; the lease is renewed before each slice, and a paused campaign or a stopping sender ends
 * the loop (rows not yet claimed stay PENDING).
 */
final class SendPass {
    static final String LEASE = "campaign-sender";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SendPass.class);

    /** What a pass did. */
    record Result(boolean ran, int sent, int failed, int skipped, int held) {
        static final Result SKIPPED = new Result(false, 0, 0, 0, 0);
    }

    private final CampaignStore store;
    private final Leases leases;
    private final RecipientDelivery delivery;
    private final DomainLanes lanes;
    private final RateLimit rate;
    private final Supplier<Clock> clock;
    private final SenderConfig config;

    SendPass(CampaignStore store, Leases leases, RecipientDelivery delivery, Supplier<Clock> clock,
            SenderConfig config) {
        this.store = store;
        this.leases = leases;
        this.delivery = delivery;
        this.lanes = new DomainLanes(config.connectionsPerDomain());
        this.rate = new RateLimit(config.maxPerSecond());
        this.clock = clock;
        this.config = config;
    }

    Result run(MailSender mail, SmsGateway sms, ExecutorService executor, BooleanSupplier stopping)
            throws InterruptedException {
        Duration lease = Duration.ofSeconds(config.leaseSeconds());
        if (!leases.tryTake(LEASE, lease)) {
            return Result.SKIPPED;
        }
        AtomicInteger[] n = {new AtomicInteger(), new AtomicInteger(), new AtomicInteger(), new AtomicInteger()};
        try {
            for (long id : store.resendDue(now())) {
                store.startResend(id, now());
            }
            for (long id : store.runnable(now())) {
                store.releaseStale(id);
                while (!stopping.getAsBoolean() && leases.tryTake(LEASE, lease)) {
                    Campaign c = store.find(id).orElse(null);
                    if (c == null || c.state() != CampaignState.RUNNING) {
                        break;
                    }
                    List<Due> slice = store.due(id, now(), config.sliceSize());
                    if (slice.isEmpty()) {
                        break;
                    }
                    lanes.run(slice, SendPass::lane, d -> {
                                if (stopping.getAsBoolean()) {
                                    return;
                                }
                                try {
                                    rate.acquire();
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                    return;
                                }
                                switch (safely(c, d, mail, sms)) {
                                    case SENT -> n[0].incrementAndGet();
                                    case FAILED -> n[1].incrementAndGet();
                                    case SKIPPED -> n[2].incrementAndGet();
                                    case HELD -> n[3].incrementAndGet();
                                    case NOT_CLAIMED -> { }
                                }
                            }, executor);
                }
                store.finishIfDone(id, now());
            }
            return new Result(true, n[0].get(), n[1].get(), n[2].get(), n[3].get());
        } finally {
            leases.release(LEASE);
        }
    }

    /**
     * One row; an unexpected failure (the database gone for a moment) leaves the row SENDING, which the next pass
     * sends again, and the lane goes on with the next row.
     */
    private RecipientDelivery.Outcome safely(Campaign c, Due d, MailSender mail, SmsGateway sms) {
        try {
            return delivery.deliver(c, d, mail, sms);
        } catch (RuntimeException e) {
            LOG.warn("campaign {} row {}: {}", c.id(), d.recipient().id(), CampaignSender.causes(e));
            return RecipientDelivery.Outcome.NOT_CLAIMED;
        }
    }

    /** E-mail: the receiving domain; SMS: all go to the one gateway. */
    static String lane(Due d) {
        String a = d.recipient().address();
        int at = a.lastIndexOf('@');
        return at < 0 ? "sms" : a.substring(at + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private Instant now() {
        return clock.get().instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }
}
