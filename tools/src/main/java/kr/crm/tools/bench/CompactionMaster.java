package kr.crm.tools.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import kr.crm.api.customer.CustomerKind;
import kr.crm.api.identity.Normalized;
import kr.crm.api.order.PartyIdentity;
import kr.crm.api.store.IdentityRow;
import kr.crm.identity.internal.DefaultIdentityNormalizer;
import kr.crm.tools.testdata.ChannelRecord;
import kr.crm.tools.testdata.Kind;
import kr.crm.tools.testdata.TestDataGenerator;
import kr.crm.tools.testdata.TrueCustomer;
import kr.crm.tools.testdata.Variation;

/**
 * A customer master as years of operation leave it, written straight into the schema the host's
 * migrations made ({@code customer}, {@code customer_identity}, {@code sales_order}) with
 * {@code LOAD DATA LOCAL INFILE}, and the ground truth beside it in a table of the benchmark's own
 * ({@code bench_truth}, which the CRM never reads).
 *
 * <p>Every customer row is what the scoring resolver leaves for a party nobody matched: the master
 * record with the values that passed their checks, its index rows under source {@code crm}, and the
 * channel's own index rows as the channel spelled them (invalid ones flagged), all through the real
 * {@link DefaultIdentityNormalizer}. The rows:
 * <ul>
 * <li>the generator's channel records ({@code kr.crm.tools.testdata}, {@code Variation.defaults()}),
 * about 1.03 per true customer: the first of a true customer is its ORIGINAL, every further one a
 * DUPLICATE that slipped past matching (made by hand, a legacy import, a race), spelled as the
 * channel spelled it (phone formats, legal forms, typos, Latin names, missing values). The
 * generator's own look-alikes (twins: same name, other phone and e-mail) are among them;</li>
 * <li>look-alikes that share a value but are other people or companies: FAMILY (another person,
 * another name, the same home phone), SWITCHBOARD (another company, its own BRN, the same main
 * number), SAME_NAME (another person of the same name at the same phone, which the matching rule
 * cannot tell from a duplicate).</li>
 * </ul>
 * Creation times are spread at random over 2019-01-01 .. 2026-11-01, and each customer has orders
 * (geometric, mean {@code ordersPerCustomer}) so that merges move rows as they do in operation.
 */
final class CompactionMaster {
    static final String TRUTH_TABLE = "CREATE TABLE IF NOT EXISTS bench_truth (customer_key VARCHAR(16) NOT NULL, "
            + "true_id VARCHAR(12) NOT NULL, role VARCHAR(12) NOT NULL, PRIMARY KEY (customer_key), KEY (true_id)) "
            + "ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci";
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final long FROM = LocalDateTime.of(2019, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final long TO = LocalDateTime.of(2026, 11, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final double DUPLICATE_RECORDS = 0.03;
    private static final int CHUNK = 100_000;
    static final double FAMILY = 0.005;
    static final double SWITCHBOARD = 0.002;
    static final double SAME_NAME = 0.0002;

    /** What went in. */
    record Counts(long customers, long identityRows, long orders, long originals, long duplicates, long family,
            long switchboard, long sameName) {
    }

    private final DefaultIdentityNormalizer n = new DefaultIdentityNormalizer();
    private final long records;
    private final long seed;
    private final double ordersPerCustomer;
    private final double familyShare;
    private final double switchboardShare;
    private final double sameNameShare;
    private final SplittableRandom random;
    private final Set<String> masterEmails = new HashSet<>();
    private final Set<String> masterBrns = new HashSet<>();
    private final Path folder;
    private Chunk chunk;
    private long index;
    private long identityRows;
    private long orders;

    CompactionMaster(long records, long seed, double ordersPerCustomer, Path folder) {
        this.records = records;
        this.seed = seed;
        this.ordersPerCustomer = ordersPerCustomer;
        this.familyShare = FAMILY;
        this.switchboardShare = SWITCHBOARD;
        this.sameNameShare = SAME_NAME;
        this.random = new SplittableRandom(seed * 31 + 7);
        this.folder = folder;
    }

    /** Generates and loads everything; prints progress. */
    Counts load(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute(TRUTH_TABLE);
        }
        long family = Math.round(records * familyShare);
        long switchboard = Math.round(records * switchboardShare);
        long sameName = Math.round(records * sameNameShare);
        long main = mainRecords(records, familyShare, switchboardShare, sameNameShare);
        TestDataGenerator generator = generator(records, seed);
        Iterator<ChannelRecord> it = generator.recordIterator(total(main));
        Set<String> seen = new HashSet<>();
        long originals = 0;
        long duplicates = 0;
        int highest = 0;
        chunk = new Chunk(folder);
        while (index < main && it.hasNext()) {
            ChannelRecord r = it.next();
            if (r.name() == null || r.name().isBlank()) {
                continue;
            }
            boolean first = seen.add(r.trueId());
            originals += first ? 1 : 0;
            duplicates += first ? 0 : 1;
            highest = Math.max(highest, Integer.parseInt(r.trueId().substring(1)) - 1);
            add(r.kind(), r.source(), r.name(), r.phone(), r.email(), r.businessRegistrationNumber(),
                    r.hostCustomerNo(), r.address(), r.postalCode(), r.trueId(), first ? "ORIGINAL" : "DUPLICATE", c);
        }
        // the look-alikes: other people (a generator of their own), sharing a value with a customer above
        TestDataGenerator others = new TestDataGenerator((int) Math.max(1, (family + switchboard + sameName) * 8),
                seed + 1, Variation.defaults());
        int next = 0;
        long[] made = new long[3];
        for (int kind = 0; kind < 3; kind++) {
            long want = kind == 0 ? family : kind == 1 ? switchboard : sameName;
            Kind k = kind == 1 ? Kind.COMPANY : Kind.PERSON;
            while (made[kind] < want && next < others.customerCount()) {
                TrueCustomer other = others.customer(next++);
                if (other.kind() != k) {
                    continue;
                }
                TrueCustomer holder = holder(generator, highest, k);
                String email = masterEmails.contains(n.email(other.email()).canonical()) ? null : other.email();
                String brn = other.businessRegistrationNumber() != null && masterBrns.contains(
                        other.businessRegistrationNumber()) ? null : other.businessRegistrationNumber();
                String name = kind == 2 ? holder.name() : other.name();
                add(k, "web-shop", name, spelled(holder.phone()), email, brn, null, other.address(),
                        other.postalCode(), "L" + other.trueId().substring(1), kind == 0 ? "FAMILY"
                        : kind == 1 ? "SWITCHBOARD" : "SAME_NAME", c);
                made[kind]++;
            }
        }
        chunk.flush(c);
        return new Counts(index, identityRows, orders, originals, duplicates, made[0], made[1], made[2]);
    }

    private static long mainRecords(long records, double family, double switchboard, double sameName) {
        return records - Math.round(records * family) - Math.round(records * switchboard)
                - Math.round(records * sameName);
    }

    /** Records to ask the generator for: ~1 % have no name and no identity and are skipped. */
    private static long total(long main) {
        return (long) Math.ceil(main * 1.03);
    }

    /** The generator of the master's records (the same customers for the same records and seed). */
    static TestDataGenerator generator(long records, long seed) {
        long main = mainRecords(records, FAMILY, SWITCHBOARD, SAME_NAME);
        return new TestDataGenerator((int) Math.round(total(main) / (1 + DUPLICATE_RECORDS)), seed,
                Variation.defaults());
    }

    /** A customer of the main generator of this kind, one that got records. */
    private TrueCustomer holder(TestDataGenerator generator, int highest, Kind kind) {
        while (true) {
            TrueCustomer t = generator.customer(random.nextInt(highest + 1));
            if (t.kind() == kind) {
                return t;
            }
        }
    }

    private String spelled(String digits) {
        int a = digits.startsWith("02") ? 2 : 3;
        return random.nextBoolean() ? digits
                : digits.substring(0, a) + "-" + digits.substring(a, digits.length() - 4) + "-"
                        + digits.substring(digits.length() - 4);
    }

    /** One customer row as the resolver leaves it for a party nobody matched, with its orders. */
    private void add(Kind kind, String source, String name, String phone, String email, String brn, String hostNo,
            String address, String postal, String trueId, String role, Connection c) throws Exception {
        String key = key(index++);
        CustomerKind ck = kind == Kind.COMPANY ? CustomerKind.COMPANY : CustomerKind.PERSON;
        Normalized ph = n.phone(phone);
        Normalized em = n.email(email);
        Normalized br = n.businessRegistrationNumber(brn);
        String nm = name.strip();
        String dPhone = ph.valid() ? ph.entered() : null;
        String dEmail = em.valid() ? em.entered() : null;
        String dBrn = ck == CustomerKind.COMPANY && br.valid() ? br.canonical() : null;
        String dHost = hostNo == null || hostNo.isBlank() ? null : hostNo.strip();
        String dAddress = address == null || address.isBlank() || address.strip().length() > 500 ? null
                : address.strip();
        String dPostal = postal != null && postal.strip().matches("\\d{5}") ? postal.strip() : null;
        if (em.canonical() != null) {
            masterEmails.add(em.canonical());
        }
        if (br.canonical() != null) {
            masterBrns.add(br.canonical());
        }
        long created = FROM + random.nextLong(TO - FROM);
        String at = time(created, random.nextInt(1000));
        String nameKey = n.nameKey(nm);
        chunk.customers.row(key, ck.name(), nm, nameKey == null ? "" : nameKey, dPhone,
                dPhone == null ? null : ph.canonical(), dEmail, dEmail == null ? null : em.canonical(), dBrn, dHost,
                dAddress, dPostal, "1", at, at);
        List<IdentityRow> rows = new java.util.ArrayList<>(n.indexRows(key, "crm",
                new PartyIdentity(ck, nm, dPhone, dEmail, dBrn, dHost, dAddress, dPostal)));
        rows.addAll(n.indexRows(key, source, new PartyIdentity(ck, name, phone, email, brn, hostNo, address, postal)));
        for (IdentityRow row : rows) {
            chunk.identities.row(row.customerKey(), row.source(), row.kind().name(), row.entered(), row.canonical(),
                    row.valid() ? "1" : "0", at, at);
            identityRows++;
        }
        double p = 1 / (1 + ordersPerCustomer);
        long count = ordersPerCustomer <= 0 ? 0 : (long) Math.floor(Math.log(1 - random.nextDouble()) / Math.log(1 - p));
        for (long i = 0; i < count; i++) {
            long ordered = created + random.nextLong(Math.max(1, TO - created));
            String when = time(ordered, 0);
            chunk.orders.row(source, "B" + (++orders), key, when, "ACTIVE", "KRW",
                    String.valueOf(10_000 + random.nextInt(2_000_000)), when, when);
        }
        chunk.truth.row(key, trueId, role);
        if (++chunk.size >= CHUNK) {
            chunk.flush(c);
            chunk = new Chunk(folder);
            System.out.printf("  loaded %,d customers, %,d identity rows, %,d orders%n", index, identityRows, orders);
        }
    }

    private static String time(long epochSecond, int millis) {
        return TIME.format(LocalDateTime.ofEpochSecond(epochSecond, millis * 1_000_000, ZoneOffset.UTC));
    }

    /** A well-formed customer key (prefix C, ten Crockford base-32 characters, Luhn mod 32), unique per index. */
    static String key(long index) {
        long v = (index * 0x5DEECE66DL + 0xB) & ((1L << 50) - 1); // an odd multiplier: one-to-one mod 2^50
        char[] body = new char[10];
        for (int k = 9; k >= 0; k--) {
            body[k] = ALPHABET.charAt((int) (v & 31));
            v >>>= 5;
        }
        String b = new String(body);
        int sum = 0;
        boolean doubled = true;
        for (int i = b.length() - 1; i >= 0; i--) {
            int addend = ALPHABET.indexOf(b.charAt(i)) * (doubled ? 2 : 1);
            sum += addend / 32 + addend % 32;
            doubled = !doubled;
        }
        return "C" + b + ALPHABET.charAt((32 - sum % 32) % 32);
    }

    /** Tab-separated files for one LOAD DATA each. */
    private static final class Chunk {
        final TsvTable customers;
        final TsvTable identities;
        final TsvTable orders;
        final TsvTable truth;
        int size;

        Chunk(Path folder) throws IOException {
            customers = new TsvTable(folder.resolve("customer.tsv"), "customer", "customer_key, kind, name, name_key, phone, "
                    + "phone_key, email, email_key, brn, host_customer_no, address, postal_code, version, created_at, "
                    + "updated_at");
            identities = new TsvTable(folder.resolve("identity.tsv"), "customer_identity",
                    "customer_key, source, kind, entered, canonical, valid, first_seen, last_seen");
            orders = new TsvTable(folder.resolve("order.tsv"), "sales_order",
                    "source, order_no, customer_key, ordered_at, status, currency, total_amount, received_at, updated_at");
            truth = new TsvTable(folder.resolve("truth.tsv"), "bench_truth", "customer_key, true_id, role");
        }

        void flush(Connection c) throws Exception {
            for (TsvTable t : List.of(customers, identities, orders, truth)) {
                t.load(c);
            }
        }
    }
}
