package kr.crm.audit.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import kr.crm.api.audit.AccessAction;
import kr.crm.api.audit.AccessEntry;
import kr.crm.api.audit.AccessLog;
import kr.crm.api.audit.ChainCheck;
import kr.crm.api.audit.LoggedAccess;
import kr.crm.api.audit.ReviewReport;
import kr.crm.api.common.ValidationException;
import kr.crm.api.store.AccessLogStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The access log. {@link #record} returns only once the entry is durable, written by the node's {@link GroupCommit}
 * together with the entries of concurrent requests: committed to the database (decision 161), or, with a journal
 * directory configured, flushed to this node's {@link AccessJournal} and copied into the database behind the answer
 * by its {@link JournalCopier} (decision 259). Either way nothing is held only in memory, where a dying host would
 * lose it. Reads of the log first copy what this node's journal holds.
 */
@Component(service = AccessLog.class, configurationPid = DefaultAccessLog.PID)
@Designate(ocd = AccessLogConfig.class)
public final class DefaultAccessLog implements AccessLog {
    static final String PID = "kr.crm.audit";
    static final int MAX_LIST = 1000;
    private static final int REPORT_LIMIT = 5000;

    private final AccessLogStore store;
    private final Clock clock = Clock.systemUTC();
    private final ChainVerifier verifier;
    private final GroupCommit writer;
    private final AccessJournal journal;
    private final JournalCopier copier;
    private final AccessLogAnchors anchors;
    private final WorkingHours hours;
    private final int bulkRows;
    private final int topReaders;

    @Activate
    public DefaultAccessLog(@Reference AccessLogStore store, @Reference AccessLogAnchors anchors,
            AccessLogConfig config) {
        this.store = store;
        this.anchors = anchors;
        this.verifier = new ChainVerifier(store, clock);
        String dir = config.journalDirectory() == null ? "" : config.journalDirectory().strip();
        this.hours = WorkingHours.parse(config.workdayStart(), config.workdayEnd()); // a bad setting fails first
        this.bulkRows = config.bulkRows();
        this.topReaders = config.topReaders();
        if (dir.isEmpty()) {
            this.journal = null;
            this.copier = null;
            this.writer = new GroupCommit(entries -> store.appendAll(entries, ChainHash::of),
                    config.writeTimeoutMillis());
        } else {
            this.journal = AccessJournal.open(Path.of(dir), config.journalSegmentMegabytes() * (1L << 20));
            this.copier = new JournalCopier(journal, store).start();
            this.writer = new GroupCommit(entries -> {
                journal.write(entries);
                copier.signal();
            }, config.writeTimeoutMillis());
        }
    }

    @Override
    public void record(AccessEntry entry) {
        AccessEntry e = new AccessEntry(entry.at() == null ? clock.instant().truncatedTo(ChronoUnit.MILLIS)
                : entry.at().truncatedTo(ChronoUnit.MILLIS), clip(entry.user(), 100), clip(entry.source(), 64),
                entry.action(), entry.customerKeys(), Math.max(0, entry.rows()), clip(entry.resource(), 300),
                entry.reason() == null ? null : clip(entry.reason(), 500));
        writer.append(e);
    }

    @Deactivate
    void stop() throws InterruptedException {
        writer.close();
        if (copier != null) {
            try {
                copier.close();
            } finally {
                journal.close(); // the directory's lock goes with it, for the next activation
            }
        }
    }

    /** Copies what this node's journal holds, so that a read of the log sees every entry this node answered for. */
    private void copied() {
        if (copier != null) {
            copier.catchUp();
        }
    }

    @Override
    public List<LoggedAccess> about(String customerKey, int limit) {
        if (customerKey == null || customerKey.isBlank() || customerKey.length() > 40) {
            throw new ValidationException("customer", "is required, at most 40 characters");
        }
        copied();
        return store.about(customerKey, limit(limit));
    }

    @Override
    public List<LoggedAccess> recent(int limit) {
        int n = limit(limit);
        copied();
        return store.recent(n);
    }

    @Override
    public ChainCheck verify() {
        copied();
        ChainCheck check = verifier.verify(anchors.file());
        if (check.intact() && check.lastSeq() > 0) {
            anchors.anchor(check.lastSeq(), check.lastHash());
        }
        return check;
    }

    @Override
    public ReviewReport review(YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(WorkingHours.SEOUL).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(WorkingHours.SEOUL).toInstant();
        copied();
        List<LoggedAccess> exports = store.actions(List.of("EXPORT", "PRINT"), from, to, REPORT_LIMIT);
        List<LoggedAccess> offHours = store.bulkReads(bulkRows, from, to, REPORT_LIMIT).stream()
                .filter(a -> !hours.contains(a.entry().at())).toList();
        List<LoggedAccess> denied = store.actions(List.of(AccessAction.DENIED.name()), from, to, REPORT_LIMIT);
        return new ReviewReport(month.toString(), bulkRows, exports, offHours, denied,
                store.topReaders(from, to, topReaders), store.reviews(month.toString()));
    }

    @Override
    public ReviewReport markReviewed(YearMonth month, String reviewer, String note) {
        if (note != null && note.length() > 1000) {
            throw new ValidationException("note", "at most 1000 characters");
        }
        store.addReview(month.toString(), reviewer, note, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        return review(month);
    }

    @Override
    public int retentionYears() {
        return Retention.years(store.peopleHeld());
    }

    private static int limit(int limit) {
        if (limit < 1 || limit > MAX_LIST) {
            throw new ValidationException("limit", "must be between 1 and " + MAX_LIST);
        }
        return limit;
    }

    private static String clip(String s, int max) {
        String v = s == null || s.isBlank() ? "unknown" : s;
        return v.length() <= max ? v : v.substring(0, max);
    }
}
