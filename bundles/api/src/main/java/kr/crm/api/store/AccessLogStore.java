package kr.crm.api.store;

import java.time.Instant;
import java.util.List;
import kr.crm.api.audit.AccessEntry;
import kr.crm.api.audit.LoggedAccess;
import kr.crm.api.audit.ReviewReport;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The access log's rows. The table is append-only in the database (triggers refuse UPDATE, and DELETE of rows
 * younger than a year); the chain head is one row locked while a row is appended, so that several nodes append
 * one linear chain.
 *
 * @since 2.6.0
 */
@ProviderType
public interface AccessLogStore {

    /** Computes a row's hash from its sequence number, the previous row's hash and its entry. */
    @FunctionalInterface
    interface Chain {
        String hash(long seq, String previousHash, AccessEntry entry);
    }

    /**
     * The chain head.
     *
     * @param seq the last row's sequence number, 0 if none was ever written
     * @param hash the last row's hash (64 zeros before the first row)
     * @param prunedThrough rows up to this sequence number were removed by retention
     */
    record Head(long seq, String hash, long prunedThrough) {
    }

    /** A row as stored, with the hash of the row before it. */
    record Row(LoggedAccess access, String previousHash) {
    }

    /**
     * In one transaction: locks the head, appends the entries in their order as the next rows, moves the head.
     * A node gathers the entries of concurrent requests into one call (group commit): one lock and one commit for
     * all of them.
     */
    List<LoggedAccess> appendAll(List<AccessEntry> entries, Chain chain);

    /** {@link #appendAll} of one entry. */
    default LoggedAccess append(AccessEntry entry, Chain chain) {
        return appendAll(List.of(entry), chain).get(0);
    }

    /**
     * {@link #appendAll}, and in the same transaction moves the copied mark of a node's journal file from {@code from}
     * to {@code through} (decision 259). Appends nothing and returns false if the mark is not at {@code from}: a copy
     * whose commit was not seen already moved it.
     *
     * @since 2.13.0
     */
    boolean appendCopied(List<AccessEntry> entries, Chain chain, String journal, long from, long through);

    /** The copied mark of a journal file copied whole: no copy of it appends anything any more. @since 2.13.0 */
    long FINISHED = -1;

    /** How far a journal file is copied (its byte offset), 0 if nothing was, or {@link #FINISHED}. @since 2.13.0 */
    long copiedThrough(String journal);

    /**
     * Marks a journal file {@link #FINISHED}, before it is deleted: a late copy of it (a stopped node's copier that
     * was still waiting) then appends nothing. Finished marks older than 90 days are dropped. @since 2.13.0
     */
    void finishJournal(String journal);

    Head head();

    /** Rows with {@code afterSeq < seq <= untilSeq}, in order, at most {@code limit}. */
    List<Row> range(long afterSeq, long untilSeq, int limit);

    List<LoggedAccess> about(String customerKey, int limit);

    List<LoggedAccess> recent(int limit);

    /** Rows of these actions in {@code [from, to)}, in order, at most {@code limit}. */
    List<LoggedAccess> actions(List<String> actions, Instant from, Instant to, int limit);

    /** VIEW rows of at least {@code minRows} rows in {@code [from, to)}, in order, at most {@code limit}. */
    List<LoggedAccess> bulkReads(int minRows, Instant from, Instant to, int limit);

    /** The accounts with most rows read in {@code [from, to)}. */
    List<ReviewReport.Reader> topReaders(Instant from, Instant to, int limit);

    void addReview(String month, String reviewer, String note, Instant at);

    List<ReviewReport.Review> reviews(String month);

    /** Persons and contact persons held: the count that sets the retention period. */
    long peopleHeld();

    /** Deletes up to {@code limit} of the oldest rows logged before {@code cutoff}; moves the head's pruned mark. */
    int prune(Instant cutoff, int limit);
}
