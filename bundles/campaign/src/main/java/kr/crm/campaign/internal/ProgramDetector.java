package kr.crm.campaign.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import kr.crm.api.campaign.Program;
import kr.crm.api.campaign.ProgramKind;
import kr.crm.api.campaign.ProgramRun;
import kr.crm.api.consent.ConsentService;
import kr.crm.api.store.Leases;
import kr.crm.api.store.ProgramStore;
import kr.crm.api.store.ProgramStore.Candidate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Finds the moments of the enabled programs and queues their messages. {@link #run} is the truth, under the lease
 * {@code triggered-programs}: top grade entries in the grade history since each welcome program's last run (so a
 * node that was down catches up), and today's birthdays and founding days (Asia/Seoul). {@link #welcome} is the fast
 * path of a grade-change event, on whichever node got it, without the lease: the outbox's unique key (program,
 * key, occasion) makes the two, two nodes, or a re-run send one message per moment.
 */
@Component(service = ProgramDetector.class, configurationPid = ProgramDetector.PID)
@Designate(ocd = ProgramConfig.class)
public final class ProgramDetector {
    static final String PID = "kr.crm.campaign.programs";
    static final String LEASE = "triggered-programs";
    static final String TOP_GRADE = "S";
    static final String WELCOME = "welcome";
    /** Grade changes committed late (their transaction still open at the last run) are read again. */
    static final Duration OVERLAP = Duration.ofMinutes(10);

    private final ProgramStore store;
    private final Leases leases;
    private final MomentQueue queue;
    private final Duration lease;
    private volatile EventAdmin events;
    private volatile Clock clock;

    @Activate
    public ProgramDetector(@Reference ProgramStore store, @Reference Leases leases,
            @Reference ConsentService consents, ProgramConfig config) {
        this.store = store;
        this.leases = leases;
        this.queue = new MomentQueue(store, consents);
        this.lease = Duration.ofSeconds(Math.max(30, config.leaseSeconds()));
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindEvents(EventAdmin e) {
        events = e;
    }

    void unbindEvents(EventAdmin e) {
        if (events == e) {
            events = null;
        }
    }

    /** The tests' clock for "today", as the sender's ({@code crm.clock=campaign}); else the system's. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(crm.clock=campaign)")
    void bindClock(Clock c) {
        clock = c;
    }

    void unbindClock(Clock c) {
        if (clock == c) {
            clock = null;
        }
    }

    /** One run over every enabled program; {@code ran} false if another node holds the lease. */
    ProgramRun run() {
        Instant now = now();
        LocalDate today = now.atZone(DefaultCampaignService.SEOUL).toLocalDate();
        if (!leases.tryTake(LEASE, lease)) {
            return new ProgramRun(false, today, 0, 0, 0, 0, 0);
        }
        try {
            int[] n = new int[4];
            int programs = 0;
            for (Program p : store.list()) {
                if (!p.enabled()) {
                    continue;
                }
                programs++;
                if (p.kind() == ProgramKind.TOP_GRADE_WELCOME) {
                    Instant after = p.checkedThrough().minus(OVERLAP);
                    after = after.isBefore(p.createdAt()) ? p.createdAt() : after;
                    for (Candidate c : store.enteredGrade(TOP_GRADE, after, now)) {
                        count(n, queue.queue(p, c, WELCOME, now, events));
                    }
                    store.checkedThrough(p.id(), now);
                } else {
                    List<Candidate> due = p.kind() == ProgramKind.BIRTHDAY
                            ? store.birthdays(today.getMonthValue(), today.getDayOfMonth(),
                                    Anniversaries.alsoFeb29(today))
                            : store.foundingDays(today.getMonthValue(), today.getDayOfMonth(),
                                    Anniversaries.alsoFeb29(today));
                    for (Candidate c : due) {
                        count(n, queue.queue(p, c, Anniversaries.occasion(today), now, events));
                    }
                }
            }
            return new ProgramRun(true, today, programs, n[0], n[1], n[2], n[3]);
        } finally {
            leases.release(LEASE);
        }
    }

    /** The fast path: an account whose grade in force became the top grade gets each enabled welcome program's message. */
    int welcome(String accountKey) {
        Instant now = now();
        int queued = 0;
        for (Program p : store.list()) {
            if (p.enabled() && p.kind() == ProgramKind.TOP_GRADE_WELCOME) {
                Candidate c = store.customer(accountKey).orElse(null);
                if (c != null && queue.queue(p, c, WELCOME, now, events) == MomentQueue.Outcome.QUEUED) {
                    queued++;
                }
            }
        }
        return queued;
    }

    private static void count(int[] n, MomentQueue.Outcome o) {
        n[0]++;
        switch (o) {
            case QUEUED -> n[1]++;
            case ALREADY -> n[2]++;
            case NOT_ELIGIBLE -> n[3]++;
        }
    }

    Instant now() {
        Clock c = clock;
        return (c != null ? c : Clock.systemUTC()).instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
