package kr.crm.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import kr.crm.api.common.Page;
import kr.crm.api.customer.Customer;
import kr.crm.api.customer.CustomerKind;
import kr.crm.api.customer.CustomerQuery;
import kr.crm.api.identity.CompactionResult;
import kr.crm.api.identity.Merge;
import kr.crm.api.identity.SourcedValue;
import kr.crm.api.order.PartyIdentity;
import kr.crm.api.store.CustomerStore;
import kr.crm.api.store.IdentityKind;
import kr.crm.api.store.IdentityRow;
import kr.crm.api.store.IdentityStore;
import kr.crm.api.store.Leases;
import kr.crm.api.store.MergeStore;
import kr.crm.api.store.SearchKeys;
import kr.crm.api.store.SharedValue;
import kr.crm.api.store.WatermarkStore;
import org.junit.jupiter.api.Test;

/** The page-at-a-time compaction over stores that answer as the MariaDB ones do. */
class CompactionTest {
    private final DefaultIdentityNormalizer normalizer = new DefaultIdentityNormalizer();
    private final Db db = new Db();
    private int made;

    private String customer(CustomerKind kind, String name, String phone, String email, String brn) {
        String key = String.format("C%03d", ++made);
        Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(made);
        db.customers.put(key, new Customer(key, kind, name, phone, email, brn, null, null, null, null, null, null, null,
                null, null, null, 1, at, at));
        db.rows.addAll(normalizer.indexRows(key, "crm", new PartyIdentity(kind, name, phone, email, brn, null, null,
                null)));
        return key;
    }

    private String person(String name, String phone, String email) {
        return customer(CustomerKind.PERSON, name, phone, email, null);
    }

    private Compaction compaction(int pageSize, int threads) {
        return new Compaction(db, db, db, db.reviews, normalizer, db, db, config(pageSize, threads), matching());
    }

    @Test
    void mergesSureDuplicatesIntoTheOlderKeyQueuesUnsureOnesAndLeavesOtherCompaniesApart() {
        String older = person("황보민", "010-6123-2468", null);
        String twice = person("황보 민", "01061232468", "hb@example.kr");
        String family = person("황보가을", "010 6123 2468", null);
        String company = customer(CustomerKind.COMPANY, "주식회사 한빛정밀", "02-555-1000", null, "1234567891");
        String other = customer(CustomerKind.COMPANY, "(주)다온물산", "025551000", null, "2208162517");

        CompactionResult r = compaction(10, 2).run();

        assertThat(r.merged()).isEqualTo(1);
        assertThat(db.survivorOf(twice)).isEqualTo(older);
        assertThat(db.queued).containsExactly(family + ">" + older);
        assertThat(db.survivorOf(company)).isEqualTo(company);
        assertThat(db.survivorOf(other)).isEqualTo(other);
        assertThat(r.sharedValues()).isEqualTo(2);
    }

    @Test
    void aMergeEarlierInThePageCountsForTheDecisionsAfterIt() {
        String a = person("이서윤", "010-2000-0001", null);
        String b = person("이서윤", "010-2000-0001", "sy@example.kr");
        // shares only the e-mail with b, and only b's name spelling
        String c = person("Lee Seoyun", null, "SY@example.kr");

        CompactionResult r = compaction(1000, 1).run();

        assertThat(r.merged()).isEqualTo(2);
        assertThat(db.survivorOf(b)).isEqualTo(a);
        assertThat(db.survivorOf(c)).isEqualTo(a);
    }

    @Test
    void aPageReadWhileTheMergesBeforeItRanIsReadAgainWhereTheyTouchedIt() {
        String a = person("정하은", "010-5000-0001", "he@example.kr");
        String b = person("정 하은", "010-5000-0001", null);
        String c = person("정하은", "010-5000-0002", "HE@example.kr");
        String other = person("오세훈", "010-5000-0003", null);
        String sameAsOther = person("오세훈", "010-5000-0003", null);
        PageReader reader = new PageReader(db, db);
        // read before b was merged into a: b still stands, with its own rows
        PageRead early = reader.read(List.of(
                new SharedValue(IdentityKind.EMAIL, "he@example.kr", List.of(a, c)),
                new SharedValue(IdentityKind.PHONE, "01050000001", List.of(b, c)),
                new SharedValue(IdentityKind.PHONE, "01050000003", List.of(other, sameAsOther))));
        db.merge(a, b, "test", "test", Instant.now());

        PageRead now = reader.refreshed(early, java.util.Set.of(a, b));

        assertThat(now.found().get(b).key()).isEqualTo(a);
        assertThat(now.rows().get(a)).extracting(IdentityRow::entered).contains("정 하은");
        assertThat(now.rows()).doesNotContainKey(b);
        assertThat(now.found().get(other)).isSameAs(early.found().get(other));
        assertThat(now.rows().get(other)).isSameAs(early.rows().get(other));
    }

    @Test
    void pairsSharingACustomerRunInOrderWhileOthersRunBeside() {
        List<String> survivors = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String phone = String.format("010-3%03d-0000", i);
            survivors.add(person("김하나" + i, phone, null));
            person("김하나" + i, phone.replace("-", ""), null);
            person("김 하나" + i, phone, "k" + i + "@example.kr");
        }

        CompactionResult r = compaction(7, 4).run();

        assertThat(r.merged()).isEqualTo(80);
        assertThat(db.customers.keySet().stream().filter(k -> db.survivorOf(k).equals(k)))
                .containsExactlyInAnyOrderElementsOf(survivors);
    }

    @Test
    void aScheduledRunContinuesWhereAStoppedOneLeftItAndAFinishedRunStartsOver() {
        for (int i = 0; i < 6; i++) {
            String phone = String.format("010-4%03d-0000", i);
            person("박지호" + i, phone, null);
            person("박지호" + i, phone, null);
        }
        Compaction compaction = compaction(2, 1);
        AtomicInteger pages = new AtomicInteger();

        CompactionResult first = compaction.scan(true, () -> pages.incrementAndGet() <= 1);
        assertThat(first.merged()).isEqualTo(2);
        assertThat(db.watermarks.get(Compaction.POSITION)).isEqualTo("PHONE:01040010000");

        CompactionResult rest = compaction.scan(true, () -> true);
        assertThat(rest.merged()).isEqualTo(4);
        assertThat(rest.sharedValues()).isEqualTo(4);
        assertThat(db.watermarks.get(Compaction.POSITION)).isEmpty();

        db.watermarks.put(Compaction.POSITION, "PHONE:01049990000");
        assertThat(compaction.scan(true, () -> true).sharedValues()).isZero();
        db.watermarks.put(Compaction.POSITION, "PHONE:01049990000");
        assertThat(compaction.run().sharedValues()).as("a run asked for is a full scan").isZero();
        assertThat(db.merges).hasSize(6);
    }

    @Test
    void aPositionCutToTheWatermarkColumnResumesALittleEarly() {
        String longLocal = "a".repeat(60);
        person("최우진", null, longLocal + "@example.kr");
        String twice = person("최우진", null, longLocal + "@example.kr");
        db.watermarks.put(Compaction.POSITION, ("EMAIL:" + longLocal).substring(0, 64));

        assertThat(compaction(10, 1).scan(true, () -> true).merged()).isEqualTo(1);
        assertThat(db.survivorOf(twice)).isNotEqualTo(twice);
    }

    private static CompactionConfig config(int pageSize, int threads) {
        return new CompactionConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return CompactionConfig.class;
            }

            @Override
            public int intervalMinutes() {
                return 100_000;
            }

            @Override
            public boolean autoMerge() {
                return true;
            }

            @Override
            public int pageSize() {
                return pageSize;
            }

            @Override
            public int mergeThreads() {
                return threads;
            }
        };
    }

    private static MatchingConfig matching() {
        return new MatchingConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return MatchingConfig.class;
            }

            @Override
            public int linkThreshold() {
                return 80;
            }

            @Override
            public int reviewFloor() {
                return 50;
            }

            @Override
            public int candidateLimit() {
                return 50;
            }
        };
    }

    /** The stores in memory, answering as the MyBatis ones do (aliases resolve, merges move rows). */
    private static final class Db implements CustomerStore, IdentityStore, MergeStore, Leases, WatermarkStore {
        final Map<String, Customer> customers = new ConcurrentHashMap<>();
        final List<IdentityRow> rows = java.util.Collections.synchronizedList(new ArrayList<>());
        final Map<String, String> aliases = new ConcurrentHashMap<>();
        final List<String> queued = java.util.Collections.synchronizedList(new ArrayList<>());
        final RecordingReviews reviews = new RecordingReviews(queued);
        final List<String> merges = java.util.Collections.synchronizedList(new ArrayList<>());
        final Map<String, String> watermarks = new HashMap<>();

        String survivorOf(String key) {
            return aliases.getOrDefault(key, key);
        }

        @Override
        public synchronized Optional<Merge> merge(String survivor, String merged, String reason, String byUser,
                Instant at) {
            if (aliases.containsKey(survivor) || aliases.containsKey(merged) || survivor.equals(merged)
                    || customers.get(survivor).kind() != customers.get(merged).kind()) {
                return Optional.empty();
            }
            rows.replaceAll(r -> r.customerKey().equals(merged) ? new IdentityRow(survivor, r.source(), r.kind(),
                    r.entered(), r.canonical(), r.valid()) : r);
            aliases.replaceAll((alias, key) -> key.equals(merged) ? survivor : key);
            aliases.put(merged, survivor);
            merges.add(merged + ">" + survivor);
            return Optional.of(new Merge(merges.size(), survivor, merged, reason, byUser, at, null, null, Map.of()));
        }

        @Override
        public synchronized List<SharedValue> sharedValues(IdentityKind afterKind, String afterCanonical, int limit) {
            Map<String, TreeSet<String>> holders = new TreeMap<>();
            for (IdentityRow r : rows) {
                if (r.canonical() != null && List.of(IdentityKind.HOST_NO, IdentityKind.BRN, IdentityKind.PHONE,
                        IdentityKind.EMAIL).contains(r.kind())) {
                    holders.computeIfAbsent(r.kind().name() + "\u0000" + r.canonical(), k -> new TreeSet<>())
                            .add(survivorOf(r.customerKey()));
                }
            }
            String after = afterKind == null ? null : afterKind.name() + "\u0000" + afterCanonical;
            return holders.entrySet().stream().filter(e -> e.getValue().size() > 1)
                    .filter(e -> after == null || e.getKey().compareTo(after) > 0).limit(limit)
                    .map(e -> new SharedValue(IdentityKind.valueOf(e.getKey().split("\u0000")[0]),
                            e.getKey().split("\u0000")[1], List.copyOf(e.getValue())))
                    .toList();
        }

        @Override
        public synchronized List<IdentityRow> rowsOf(Collection<String> customerKeys) {
            return rows.stream().filter(r -> customerKeys.contains(survivorOf(r.customerKey())))
                    .map(r -> new IdentityRow(survivorOf(r.customerKey()), r.source(), r.kind(), r.entered(),
                            r.canonical(), r.valid()))
                    .toList();
        }

        @Override
        public Optional<Customer> findByKey(String key) {
            return Optional.ofNullable(customers.get(survivorOf(key)));
        }

        @Override
        public Map<String, Customer> findByKeys(Collection<String> keys) {
            Map<String, Customer> found = new LinkedHashMap<>();
            keys.forEach(k -> findByKey(k).ifPresent(c -> found.put(k, c)));
            return found;
        }

        @Override
        public synchronized Optional<String> get(String name) {
            return Optional.ofNullable(watermarks.get(name));
        }

        @Override
        public synchronized boolean advance(String name, String expected, String next) {
            if (!java.util.Objects.equals(watermarks.get(name), expected)) {
                return false;
            }
            watermarks.put(name, next);
            return true;
        }

        @Override
        public boolean tryTake(String name, java.time.Duration length) {
            return true;
        }

        @Override
        public void release(String name) {
        }

        @Override
        public void record(List<IdentityRow> added, Instant seen) {
            rows.addAll(added);
        }

        @Override
        public List<IdentityRow> holders(Map<IdentityKind, ? extends java.util.Collection<String>> canonicalValues) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void recordBatch(List<IdentityRow> fresh, List<IdentityRow> known, Instant seen) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean insertAll(List<Customer> all, List<SearchKeys> keys, List<String> idempotencyKeys) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Customer> findByIdempotencyKeys(java.util.Collection<String> idempotencyKeys) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean insert(Customer customer, SearchKeys keys, String idempotencyKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Customer> findByIdempotencyKey(String idempotencyKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean update(Customer customer, SearchKeys keys, long expectedVersion) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<Customer> search(CustomerQuery normalisedQuery) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Merge> undo(long mergeId, String byUser, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Merge> find(long mergeId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Merge> mergesOf(String customerKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> aliasesOf(String customerKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<SourcedValue> valuesOf(String customerKey) {
            throw new UnsupportedOperationException();
        }

    }
}
