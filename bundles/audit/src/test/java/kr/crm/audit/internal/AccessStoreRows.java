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
}
