package kr.crm.sync.internal;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import kr.crm.api.audit.AccessAction;
import kr.crm.api.audit.AccessEntry;
import kr.crm.api.audit.AccessLog;
import kr.crm.api.customer.ContactPersonService;
import kr.crm.api.customer.CustomerService;
import kr.crm.api.identity.IdentityNormalizer;
import kr.crm.api.security.AccountScope;
import kr.crm.api.security.AccountVisibility;
import kr.crm.api.store.Leases;
import kr.crm.api.store.SyncStore;
import kr.crm.api.sync.AddressBook;
import kr.crm.api.sync.RunStatus;
import kr.crm.api.sync.SideCounts;
import kr.crm.api.sync.SyncRun;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One configured address book (factory PID {@code kr.crm.sync.addressbook}): runs on its schedule
 * and on demand, one run at a time on this node (a lock) and across nodes (the database lease
 * {@code carddav:<name>}), and records every run.
 */
@Component(service = ConfiguredAddressBook.class, configurationPid = ConfiguredAddressBook.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = AddressBookConfig.class, factory = true)
public final class ConfiguredAddressBook {
    static final String PID = "kr.crm.sync.addressbook";
    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredAddressBook.class);
    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    private final SyncStore store;
    private final ContactPersonService contacts;
    private final CustomerService customers;
    private final IdentityNormalizer normalizer;
    private final Leases leases;
    private final AccessLog accessLog;
    private final AccountVisibility visibility;
    private final AddressBook view;
    private final Duration leaseLength;
    private final CardDav dav;
    private final ReentrantLock running = new ReentrantLock();
    private final ScheduledExecutorService timer;

    @Activate
    public ConfiguredAddressBook(@Reference SyncStore store, @Reference ContactPersonService contacts,
            @Reference CustomerService customers, @Reference IdentityNormalizer normalizer, @Reference Leases leases,
            @Reference AccessLog accessLog, @Reference AccountVisibility visibility, AddressBookConfig config) {
        this.accessLog = accessLog;
        this.visibility = visibility;
        this.store = store;
        this.contacts = contacts;
        this.customers = customers;
        this.normalizer = normalizer;
        this.leases = leases;
        this.view = view(config);
        this.leaseLength = Duration.ofMinutes(Math.max(1, config.leaseMinutes()));
        Duration timeout = Duration.ofSeconds(Math.max(1, config.timeoutSeconds()));
        this.dav = new HttpCardDav(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout).build(), view.serverUrl(),
                view.path(), view.user(), config.password(), timeout);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "crm-carddav-" + view.name()));
        if (view.intervalMinutes() > 0) {
            timer.scheduleWithFixedDelay(this::scheduled, view.intervalMinutes(), view.intervalMinutes(),
                    TimeUnit.MINUTES);
        }
    }

    /**
     * The owner's accounts as the owner sees them in the CRM, read at each run (teams change), without the pool of
     * unowned accounts: those are not anyone's to carry on a phone (decision 195). No owner: every account.
     */
    private AccountScope scope() {
        String owner = view.ownerRep();
        return owner == null ? null : visibility.scopeOf(owner).withoutUnowned();
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    AddressBook view() {
        return view;
    }

    /** Runs now unless a run of this book is under way on this or another node. */
    SyncRun run(String trigger) {
        if (!running.tryLock()) {
            return busy(trigger);
        }
        try {
            String lease = "carddav:" + view.name();
            if (!leases.tryTake(lease, leaseLength)) {
                return busy(trigger);
            }
            try {
                SyncRunner runner = new SyncRunner(dav, store, contacts, customers, normalizer, view,
                        Clock.systemUTC(), scope());
                SyncRun run = runner.run(NODE, trigger);
                long id = store.saveRun(run);
                logAccess(runner.written(), run, trigger);
                LOG.info("CardDAV {} run {}: {} ({}), CRM {}, groupware {}", view.name(), id, run.status(), run.mode(),
                        run.crm(), run.groupware());
                return new SyncRun(id, run.addressBook(), run.node(), run.trigger(), run.mode(), run.status(),
                        run.startedAt(), run.finishedAt(), run.crm(), run.groupware(), run.problems());
            } finally {
                leases.release(lease);
            }
        } finally {
            running.unlock();
        }
    }

    /** One access-log entry per run: how many contacts it wrote on either side, and which (decisions 163, 227). */
    private void logAccess(List<String> written, SyncRun run, String trigger) {
        int rows = run.crm().created() + run.crm().updated() + run.crm().deleted() + run.groupware().created()
                + run.groupware().updated() + run.groupware().deleted();
        accessLog.record(new AccessEntry(null, "schedule".equals(trigger) ? "system:carddav" : trigger, NODE,
                AccessAction.SYNC, written, rows, "carddav:" + view.name(), null));
    }

    private void scheduled() {
        try {
            run("schedule");
        } catch (RuntimeException e) {
            LOG.warn("CardDAV {} run stopped: {}", view.name(), e.getClass().getName());
        }
    }

    private SyncRun busy(String trigger) {
        Instant now = Instant.now();
        return new SyncRun(0, view.name(), NODE, trigger, "none", RunStatus.BUSY, now, now, SideCounts.NONE,
                SideCounts.NONE, List.of("another run of this address book is under way"));
    }

    /** @throws IllegalArgumentException naming the bad property: the component does not start */
    static AddressBook view(AddressBookConfig c) {
        if (c.name() == null || !c.name().matches("[A-Za-z0-9._-]{1,50}")) {
            throw new IllegalArgumentException("name: letters, digits, '.', '-', '_', 1-50 characters");
        }
        URI url;
        try {
            url = URI.create(c.serverUrl());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("serverUrl: not a URL");
        }
        if (url.getScheme() == null || !List.of("http", "https").contains(url.getScheme().toLowerCase(Locale.ROOT))
                || url.getHost() == null) {
            throw new IllegalArgumentException("serverUrl: an http or https URL with a host is required");
        }
        if (c.addressBookPath() == null || c.addressBookPath().isBlank()) {
            throw new IllegalArgumentException("addressBookPath: required");
        }
        if (!(c.deleteGuardShare() >= 0 && c.deleteGuardShare() <= 1)) {
            throw new IllegalArgumentException("deleteGuardShare: between 0 and 1");
        }
        if (c.intervalMinutes() < 0) {
            throw new IllegalArgumentException("intervalMinutes: 0 or more");
        }
        List<String> grades = c.grades() == null ? List.of() : Arrays.stream(c.grades()).map(String::strip)
                .filter(g -> !g.isEmpty()).map(g -> g.toUpperCase(Locale.ROOT)).toList();
        for (String g : grades) {
            if (!g.matches("[SABCD]")) {
                throw new IllegalArgumentException("grades: each one of S, A, B, C, D");
            }
        }
        String owner = c.ownerRep() == null || c.ownerRep().isBlank() ? null : c.ownerRep().strip();
        return new AddressBook(c.name(), c.serverUrl(), c.addressBookPath(), c.user(), c.direction(), owner, grades,
                c.intervalMinutes(), c.deleteGuardShare());
    }
}
