package kr.crm.audit.internal;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import kr.crm.api.store.AccessLogStore;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies the access log's chain head out of the database into this node's {@link AnchorFile}: every
 * {@code anchorMinutes}, and after each intact verify. A later verify checks the chain against every copy, so a head
 * moved back (rows removed from the end) or a chain recomputed after a row was changed is found even by someone who
 * can rewrite the whole table (decision 255). Every node keeps its own copy; no lease is taken, more copies are
 * harder to forge.
 */
@Component(service = AccessLogAnchors.class, immediate = true, configurationPid = DefaultAccessLog.PID)
public final class AccessLogAnchors {
    private static final Logger LOG = LoggerFactory.getLogger(AccessLogAnchors.class);

    private final AccessLogStore store;
    private final AnchorFile file;
    private final Clock clock = Clock.systemUTC();
    private final ScheduledExecutorService executor;

    @Activate
    public AccessLogAnchors(@Reference AccessLogStore store, AccessLogConfig config, BundleContext context) {
        this.store = store;
        String dir = config.anchorDirectory() == null ? "" : config.anchorDirectory().strip();
        this.file = new AnchorFile(dir.isEmpty() ? context.getDataFile("anchors").toPath() : Path.of(dir));
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "crm-access-log-anchor"));
        if (config.anchorMinutes() > 0) {
            executor.scheduleWithFixedDelay(this::anchorHead, config.anchorMinutes(), config.anchorMinutes(),
                    TimeUnit.MINUTES);
        }
    }

    @Deactivate
    void stop() throws InterruptedException {
        executor.shutdown(); // a copy being written is finished, not cut short
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    AnchorFile file() {
        return file;
    }

    /** Keeps a copy of a head that a verify found intact; a failure to write is logged, not the caller's. */
    void anchor(long seq, String hash) {
        try {
            file.append(new Anchor(seq, hash, clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        } catch (UncheckedIOException | IllegalStateException e) {
            LOG.warn("access-log anchor not written to {}: {}", file, e.getMessage());
        }
    }

    /**
     * Copies the database's head unless it contradicts the newest copy (behind it, or the same row with another
     * hash): that is for a verify to report, and a copy of it would stand beside the true one.
     */
    private void anchorHead() {
        AccessLogStore.Head head;
        List<Anchor> copies;
        try {
            copies = file.read();
            head = store.head();
        } catch (RuntimeException e) {
            LOG.warn("access-log head not copied to {}: {}", file, e.getMessage());
            return;
        }
        Anchor newest = copies.isEmpty() ? null : copies.get(copies.size() - 1);
        if (newest != null && (head.seq() < newest.seq()
                || head.seq() == newest.seq() && !head.hash().equals(newest.hash()))) {
            LOG.warn("access-log head {} contradicts this node's copy of row {}; not copied: run the verify",
                    head.seq(), newest.seq());
        } else if (head.seq() > 0) {
            anchor(head.seq(), head.hash());
        }
    }
}
