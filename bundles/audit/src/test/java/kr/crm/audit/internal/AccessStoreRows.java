package kr.crm.audit.internal;

import java.util.function.UnaryOperator;
import kr.crm.api.audit.AccessEntry;
import kr.crm.api.audit.LoggedAccess;
import kr.crm.api.store.AccessLogStore;

/** Tampering helpers for {@link ChainVerifierTest.MemoryStore}. */
final class AccessStoreRows {
    private AccessStoreRows() {
    }

    /** Changes a row's content and keeps its stored hash, as an UPDATE by SQL would. */
    static void replace(ChainVerifierTest.MemoryStore store, long seq, UnaryOperator<AccessEntry> change) {
        int i = (int) seq - 1;
        AccessLogStore.Row row = store.rows.get(i);
        store.rows.set(i, new AccessLogStore.Row(new LoggedAccess(seq, change.apply(row.access().entry()),
                row.access().hash()), row.previousHash()));
    }

    /** Changes a row's content and recomputes its own hash, as a careful forger would. */
    static void rehash(ChainVerifierTest.MemoryStore store, long seq, UnaryOperator<AccessEntry> change) {
        int i = (int) seq - 1;
        AccessLogStore.Row row = store.rows.get(i);
        AccessEntry changed = change.apply(row.access().entry());
        store.rows.set(i, new AccessLogStore.Row(new LoggedAccess(seq, changed,
                ChainHash.of(seq, row.previousHash(), changed)), row.previousHash()));
    }

    /**
     * Changes a row's content and recomputes its hash, every later row's link and hash and the head: a forger who
     * can rewrite the whole table leaves a chain that is consistent in itself.
     */
    static void rechain(ChainVerifierTest.MemoryStore store, long seq, UnaryOperator<AccessEntry> change) {
        String previous = store.rows.get((int) seq - 1).previousHash();
        for (int i = (int) seq - 1; i < store.rows.size(); i++) {
            LoggedAccess row = store.rows.get(i).access();
            AccessEntry entry = i == seq - 1 ? change.apply(row.entry()) : row.entry();
            String hash = ChainHash.of(row.seq(), previous, entry);
            store.rows.set(i, new AccessLogStore.Row(new LoggedAccess(row.seq(), entry, hash), previous));
            previous = hash;
        }
        store.head = new AccessLogStore.Head(store.head.seq(), previous, store.head.prunedThrough());
    }

    /** Removes the newest rows and moves the head back to the last one kept. */
    static void cut(ChainVerifierTest.MemoryStore store, long keep) {
        store.rows.subList((int) keep, store.rows.size()).clear();
        store.head = new AccessLogStore.Head(keep, store.rows.get((int) keep - 1).access().hash(),
                store.head.prunedThrough());
    }
}
