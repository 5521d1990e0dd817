package kr.crm.demo.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kr.crm.api.customer.Customer;
import kr.crm.api.customer.CustomerDraft;
import kr.crm.api.customer.CustomerKind;
import kr.crm.api.customer.CustomerService;
import kr.crm.api.order.IncomingOrder;
import kr.crm.api.order.OrderService;
import kr.crm.api.order.OrderStatus;
import kr.crm.api.order.PartyIdentity;

/**
 * A crowd of generated customers so that the analytics page has something to show: 40 companies and
 * 80 persons over eight regions, with two years of orders whose counts and amounts are skewed (a few
 * customers bring most of the revenue), some customers lapsed, some new each month, and founding days
 * and birthdays spread over the year. Seeded, and every create and order keyed, so a restart adds
 * nothing twice.
 */
final class DemoCrowd {
    private static final ZoneOffset SEOUL = ZoneOffset.ofHours(9);
    private static final String[] REGIONS = {"서울", "경기", "인천", "부산", "대구", "대전", "광주", "울산"};
    private static final String[] INDUSTRIES = {"정밀기계", "전자부품", "식품가공", "화학", "물류", "산업자재"};
    private static final String[] SURNAMES = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"};
    private static final String[] GIVEN = {"민준", "서연", "도윤", "하은", "시우", "지우", "예준", "수아", "주원", "지호",
        "서준", "하린", "건우", "유나", "현우", "채원"};
    private static final String[] COMPANY = {"대한", "한결", "미래", "신성", "동방", "금강", "태평", "우진", "세영", "삼보"};
    private static final String[] FORMS = {"(주)", "주식회사 ", "(유)"};
    private static final int[] BRN_WEIGHTS = {1, 3, 7, 1, 3, 7, 1, 3, 5};
    static final int COMPANIES = 40;
    static final int PERSONS = 80;

    private final CustomerService customers;
    private final OrderService orders;

    DemoCrowd(CustomerService customers, OrderService orders) {
        this.customers = customers;
        this.orders = orders;
    }

    /** @return the keys of the companies (to be graded) */
    List<String> load() {
        Random random = new Random(2026);
        LocalDate today = LocalDate.now(SEOUL);
        OffsetDateTime morning = OffsetDateTime.now(SEOUL).truncatedTo(ChronoUnit.DAYS).withHour(11);
        List<String> companies = new ArrayList<>();
        List<IncomingOrder> batch = new ArrayList<>();
        for (int i = 0; i < COMPANIES + PERSONS; i++) {
            boolean company = i < COMPANIES;
            String region = REGIONS[random.nextInt(REGIONS.length)];
            // every tenth has its day within the next month, so the anniversary list is never empty
            LocalDate day = today.plusDays(i % 10 == 0 ? 1 + random.nextInt(28) : random.nextInt(365));
            CustomerDraft draft = company
                    ? new CustomerDraft(CustomerKind.COMPANY, FORMS[i % FORMS.length] + COMPANY[i % COMPANY.length]
                            + INDUSTRIES[i % INDUSTRIES.length].substring(0, 2) + (i / COMPANY.length + 1),
                            "02-" + (2000 + i) + "-" + (1000 + i), null, brn(random), null, null,
                            INDUSTRIES[i % INDUSTRIES.length], region, null, null, i % 3 == 0 ? null : "rep.kim",
                            day.minusYears(5 + random.nextInt(40)), null, null)
                    : new CustomerDraft(CustomerKind.PERSON, SURNAMES[random.nextInt(SURNAMES.length)]
                            + GIVEN[random.nextInt(GIVEN.length)], "010-" + (5000 + i) + "-" + (1000 + random.nextInt(9000)),
                            null, null, null, null, null, region, null, null, null, null,
                            day.minusYears(20 + random.nextInt(45)), null);
            Customer c = customers.create(draft, "demo:crowd:" + i);
            if (company) {
                companies.add(c.key());
            }
            plan(random, i, c, morning, batch);
        }
        orders.ingestAll(batch);
        return companies;
    }

    /** Orders of one customer: heavy buyers order often and much, lapsed ones stopped months ago. */
    private static void plan(Random random, int i, Customer c, OffsetDateTime morning, List<IncomingOrder> batch) {
        boolean company = c.kind() == CustomerKind.COMPANY;
        double weight = Math.pow(random.nextDouble(), 2);
        int count = 1 + (int) (weight * (company ? 24 : 12));
        long base = company ? 2_000_000 + (long) (weight * 40_000_000) : 30_000 + (long) (weight * 600_000);
        int firstDay = 30 + random.nextInt(700);
        int lastDay = random.nextInt(5) == 0 ? 200 + random.nextInt(300) : random.nextInt(60);
        lastDay = Math.min(lastDay, firstDay);
        PartyIdentity buyer = new PartyIdentity(c.kind(), c.name(), c.phone(), null, c.businessRegistrationNumber(),
                null, null, null);
        for (int n = 0; n < count; n++) {
            int daysAgo = count == 1 ? firstDay : firstDay - (firstDay - lastDay) * n / (count - 1);
            long amount = base / 2 + (long) (random.nextDouble() * base);
            batch.add(new IncomingOrder("demo-shop", "G-" + i + "-" + (n + 1), morning.minusDays(daysAgo),
                    OrderStatus.ACTIVE, buyer, null, "KRW", BigDecimal.valueOf(amount / 100 * 100), null));
        }
    }

    private static String brn(Random random) {
        int[] d = new int[10];
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            d[i] = i == 0 ? 1 + random.nextInt(9) : random.nextInt(10);
            sum += d[i] * BRN_WEIGHTS[i];
        }
        sum += d[8] * 5 / 10;
        d[9] = (10 - sum % 10) % 10;
        StringBuilder s = new StringBuilder();
        for (int x : d) {
            s.append(x);
        }
        return s.toString();
    }
}
