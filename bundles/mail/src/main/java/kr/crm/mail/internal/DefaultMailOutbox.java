package kr.crm.mail.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import kr.crm.api.common.ValidationException;
import kr.crm.api.mail.MailOutbox;
import kr.crm.api.mail.MailSender;
import kr.crm.api.mail.OutgoingMail;
import kr.crm.api.mail.QueuedMail;
import kr.crm.api.store.Leases;
import kr.crm.api.store.MailOutboxStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transactional outbox: a message is stored first, then sent by the node holding the {@code mail-outbox} lease,
 * right away (a wake-up after each new message) and on a schedule (what other nodes stored, retries). Logs counts,
 * never addresses.
 */
@Component(service = MailOutbox.class, configurationPid = DefaultMailOutbox.PID)
@Designate(ocd = OutboxConfig.class)
public final class DefaultMailOutbox implements MailOutbox {
    static final String PID = "kr.crm.mail.outbox";
    private static final Logger LOG = LoggerFactory.getLogger(DefaultMailOutbox.class);
    private static final int MAX_LIST = 500;

    private final MailOutboxStore store;
    private final OutboxPass pass;
    private final Clock clock = Clock.systemUTC();
    private final ScheduledExecutorService executor;
    private final AtomicBoolean wakeQueued = new AtomicBoolean();

    private volatile MailSender sender;

    @Activate
    public DefaultMailOutbox(@Reference MailOutboxStore store, @Reference Leases leases, OutboxConfig config) {
        this.store = store;
        this.pass = new OutboxPass(store, leases,
                new RetryPolicy(Duration.ofSeconds(config.retryBaseSeconds()), config.maxAttempts()),
                Duration.ofSeconds(config.leaseSeconds()), config.batchSize(), clock);
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "crm-mail-outbox"));
        executor.scheduleWithFixedDelay(this::work, config.pollSeconds(), config.pollSeconds(), TimeUnit.SECONDS);
    }

    /** The SMTP relay was configured (or changed): what waited for it goes out now. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindSender(MailSender s) {
        sender = s;
        wake();
    }

    void unbindSender(MailSender s) {
        if (sender == s) {
            sender = null;
        }
    }

    @Deactivate
    void stop() {
        executor.shutdownNow();
    }

    @Override
    public QueuedMail enqueue(OutgoingMail mail) {
        MailValidator.check(mail);
        QueuedMail stored = store.insert(mail, UUID.randomUUID().toString(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        wake();
        return stored;
    }

    @Override
    public Optional<QueuedMail> find(String dedupeKey) {
        return store.find(dedupeKey);
    }

    @Override
    public List<QueuedMail> recent(String category, int limit) {
        if (limit < 1 || limit > MAX_LIST) {
            throw new ValidationException("limit", "must be between 1 and " + MAX_LIST);
        }
        return store.recent(category, limit);
    }

    /** A pass soon, unless one is already waiting to start (a burst of messages makes one pass). */
    private void wake() {
        if (wakeQueued.compareAndSet(false, true)) {
            try {
                executor.execute(() -> {
                    wakeQueued.set(false);
                    work();
                });
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                wakeQueued.set(false); // the component is going away; the next node or start sends it
            }
        }
    }

    private void work() {
        try {
            OutboxPass.Result r;
            do {
                r = pass.run(sender);
                if (r.ran() && r.sent() + r.retried() + r.failed() > 0) {
                    LOG.info("mail outbox pass: {} sent, {} to retry, {} failed", r.sent(), r.retried(), r.failed());
                }
            } while (r.ran() && r.sent() > 0 && !Thread.currentThread().isInterrupted());
        } catch (RuntimeException e) {
            LOG.warn("mail outbox pass failed: {}", e.getClass().getSimpleName() + ": " + Scrub.addresses(e.getMessage()));
        }
    }
}
