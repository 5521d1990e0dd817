package kr.crm.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kr.crm.api.audit.AccessAction;
import kr.crm.api.audit.AccessEntry;
import kr.crm.api.audit.LoggedAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupCommitTest {
    @TempDir
    Path anchorDir;


    @Test
    void concurrentCallersEachGetTheirOwnCommittedRowInOneLinearChain() throws Exception {
        ChainVerifierTest.MemoryStore store = new ChainVerifierTest.MemoryStore() {
            @Override
            public synchronized List<LoggedAccess> appendAll(List<AccessEntry> entries, Chain chain) {
                return super.appendAll(entries, chain);
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try (GroupCommit writer = new GroupCommit(entries -> store.appendAll(entries, ChainHash::of), 10_000)) {
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String user = "user" + i;
                results.add(pool.submit(() -> {
                    writer.append(new AccessEntry(Instant.now(), user, "127.0.0.1", AccessAction.VIEW,
                            List.of("C" + user), 1, "GET v1/customers/{key}", null));
                    // returned: its row is there
                    assertThat(store.rowsOf(user)).isEqualTo(1);
                }));
            }
            for (Future<?> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.rows).hasSize(400);
        assertThat(new ChainVerifier(store, Clock.systemUTC()).verify(new AnchorFile(anchorDir)).intact()).isTrue();
    }

    @Test
    void aBatchThatFailsFailsItsCallersAndTheNextOneIsWritten() {
        java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean(true);
        ChainVerifierTest.MemoryStore store = new ChainVerifierTest.MemoryStore() {
            @Override
            public synchronized List<LoggedAccess> appendAll(List<AccessEntry> entries, Chain chain) {
                if (down.get()) {
                    throw new IllegalStateException("database gone");
                }
                return super.appendAll(entries, chain);
            }
        };
        try (GroupCommit writer = new GroupCommit(entries -> store.appendAll(entries, ChainHash::of), 10_000)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer.append(entry("first")))
                    .isInstanceOf(IllegalStateException.class).hasMessage("access log entry not stored");
            down.set(false);
            writer.append(entry("second"));
            assertThat(store.rows).extracting(r -> r.access().seq()).containsExactly(1L);
            writer.close();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer.append(entry("third")))
                    .hasMessage("access log is stopping");
        }
        assertThat(store.rows).extracting(r -> r.access().entry().user()).containsExactly("second");
    }

    private static AccessEntry entry(String user) {
        return new AccessEntry(Instant.now(), user, "127.0.0.1", AccessAction.VIEW, List.of("C1"), 1,
                "GET v1/customers/{key}", null);
    }
}
