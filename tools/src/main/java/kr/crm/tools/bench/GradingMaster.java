package kr.crm.tools.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import kr.crm.api.customer.CustomerKind;
import kr.crm.api.order.PartyIdentity;
import kr.crm.api.store.IdentityRow;
import kr.crm.identity.internal.DefaultIdentityNormalizer;

/**
 * B2B accounts and their orders as three years of trading leave them, written straight into the
 * schema the host's migrations made ({@code customer}, {@code customer_identity},
 * {@code sales_order}) with {@code LOAD DATA LOCAL INFILE}.
 *
 * <p>Every account is a company with a host customer number ({@code G<n>}, indexed as the ERP
 * would leave it, so that a new order with that number links to it) and one of 20 owner reps.
 * Orders go to accounts with a skew (account index = N x u^1.5: the first fifth gets a third of
 * the orders), over the three years before {@code now}; a tenth of the accounts never ordered and
 * another tenth stopped more than a year ago (grades D). Amounts are log-normal around 2 million
 * KRW; 70 % of orders carry a margin of 8-35 %; 2 % are cancelled.
 */
final class GradingMaster {
    static final String SOURCE = "erp";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final int CHUNK = 200_000;

    /** What went in. */
    record Counts(long accounts, long orders) {
    }

    private final DefaultIdentityNormalizer n = new DefaultIdentityNormalizer();
    private final int accounts;
    private final long orders;
    private final SplittableRandom random;
    private final Instant now;
    private final Path folder;

    GradingMaster(int accounts, long orders, long seed, Instant now, Path folder) {
        this.accounts = accounts;
        this.orders = orders;
        this.random = new SplittableRandom(seed);
        this.now = now;
        this.folder = folder;
    }

    static String hostNo(int account) {
        return "G" + account;
    }

    Counts load(Connection c) throws Exception {
        TsvTable customers = customers();
        TsvTable identities = identities();
        String created = time(now.minus(Duration.ofDays(4 * 365)));
        for (int i = 0; i < accounts; i++) {
            String key = CompactionMaster.key(i);
            String name = "벤치상사 " + i;
            customers.row(key, CustomerKind.COMPANY.name(), name, n.nameKey(name), hostNo(i),
                    String.format("rep.%02d", i % 20 + 1), "1", created, created);
            for (IdentityRow row : n.indexRows(key, SOURCE, new PartyIdentity(CustomerKind.COMPANY, name, null, null,
                    null, hostNo(i), null, null))) {
                identities.row(row.customerKey(), row.source(), row.kind().name(), row.entered(), row.canonical(),
                        row.valid() ? "1" : "0", created, created);
            }
            if ((i + 1) % CHUNK == 0) {
                customers.load(c);
                identities.load(c);
                customers = customers();
                identities = identities();
            }
        }
        customers.load(c);
        identities.load(c);
        long threeYears = Duration.ofDays(3 * 365).toMillis();
        long oneYear = Duration.ofDays(366).toMillis();
        TsvTable table = orders();
        for (long o = 1; o <= orders; o++) {
            int account;
            do {
                account = (int) Math.min(accounts - 1, Math.floor(accounts * Math.pow(random.nextDouble(), 1.5)));
            } while (account % 10 == 9); // a tenth never ordered
            boolean stopped = account % 10 == 8; // a tenth stopped more than a year ago
            long back = stopped ? oneYear + random.nextLong(threeYears - oneYear) : random.nextLong(threeYears);
            String at = time(now.minusMillis(back));
            long amount = Math.max(10_000, Math.round(Math.exp(14.5 + random.nextGaussian()) / 100) * 100);
            String margin = random.nextDouble() < 0.7
                    ? String.valueOf(Math.round(amount * (0.08 + 0.27 * random.nextDouble()))) : null;
            String status = random.nextDouble() < 0.02 ? "CANCELLED" : "ACTIVE";
            table.row(SOURCE, "GO" + o, CompactionMaster.key(account), at, status, "KRW", String.valueOf(amount), margin,
                    at, at);
            if (o % CHUNK == 0) {
                table.load(c);
                table = orders();
                System.out.printf("  loaded %,d orders%n", o);
            }
        }
        table.load(c);
        return new Counts(accounts, orders);
    }

    private TsvTable customers() throws Exception {
        return new TsvTable(folder.resolve("customer.tsv"), "customer",
                "customer_key, kind, name, name_key, host_customer_no, owner_rep, version, created_at, updated_at");
    }

    private TsvTable identities() throws Exception {
        return new TsvTable(folder.resolve("identity.tsv"), "customer_identity",
                "customer_key, source, kind, entered, canonical, valid, first_seen, last_seen");
    }

    private TsvTable orders() throws Exception {
        return new TsvTable(folder.resolve("order.tsv"), "sales_order",
                "source, order_no, customer_key, ordered_at, status, currency, total_amount, margin, received_at, "
                        + "updated_at");
    }

    private static String time(Instant at) {
        return TIME.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    }
}
