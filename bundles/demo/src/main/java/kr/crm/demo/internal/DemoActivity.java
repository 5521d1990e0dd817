package kr.crm.demo.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.crm.api.contactlog.ComplaintStatus;
import kr.crm.api.contactlog.ContactLogDraft;
import kr.crm.api.contactlog.ContactLogService;
import kr.crm.api.contactlog.ContactType;
import kr.crm.api.customer.Customer;
import kr.crm.api.customer.CustomerKind;
import kr.crm.api.grade.GradeService;
import kr.crm.api.order.IncomingOrder;
import kr.crm.api.order.OrderService;
import kr.crm.api.order.OrderStatus;
import kr.crm.api.order.PartyIdentity;
import kr.crm.api.security.CrmRoles;
import kr.crm.api.security.CrmUser;

/**
 * What makes the demo tab worth opening: a year of ERP orders for some accounts (so they get grades S to D, and the
 * grade changes plan tasks for rep.kim), and contact-log entries with complaints. Orders are keyed by order number
 * and entries by idempotency keys, so a restart adds nothing twice.
 */
final class DemoActivity {
    private static final ZoneOffset SEOUL = ZoneOffset.ofHours(9);
    private static final CrmUser REP = new CrmUser("rep.kim", "김영업", Set.of(CrmRoles.REP));

    /** Orders per account: count, amount each (KRW), days between them, days since the latest. */
    private record Plan(String id, int count, long amount, int everyDays, int latestDaysAgo) {
    }

    private static final List<Plan> PLANS = List.of(new Plan("co1", 12, 45_000_000, 30, 2),
            new Plan("co2", 6, 25_000_000, 55, 5), new Plan("co3", 3, 9_000_000, 90, 12),
            new Plan("co4", 1, 3_000_000, 1, 40), new Plan("co5", 2, 5_000_000, 120, 70),
            new Plan("co6", 2, 4_000_000, 150, 100));

    private final OrderService orders;
    private final GradeService grades;
    private final ContactLogService log;

    DemoActivity(OrderService orders, GradeService grades, ContactLogService log) {
        this.orders = orders;
        this.grades = grades;
        this.log = log;
    }

    /** @param accounts demo id to customer; @param firstContacts demo id to the key of its first contact person */
    void load(Map<String, Customer> accounts, Map<String, String> firstContacts) {
        OffsetDateTime today = OffsetDateTime.now(SEOUL).truncatedTo(ChronoUnit.DAYS).withHour(10);
        List<IncomingOrder> batch = new ArrayList<>();
        for (Plan p : PLANS) {
            Customer c = accounts.get(p.id());
            PartyIdentity buyer = new PartyIdentity(CustomerKind.COMPANY, c.name(), c.phone(), c.email(),
                    c.businessRegistrationNumber(), c.hostCustomerNo(), c.address(), c.postalCode());
            for (int i = 0; i < p.count(); i++) {
                batch.add(new IncomingOrder("erp", "D-" + p.id() + "-" + (i + 1),
                        today.minusDays(p.latestDaysAgo() + (long) i * p.everyDays()), OrderStatus.ACTIVE, buyer, null,
                        "KRW", BigDecimal.valueOf(p.amount() + i * 1_000_000L), null));
            }
        }
        orders.ingestAll(batch);
        grades.regrade(PLANS.stream().map(p -> accounts.get(p.id()).key()).toList());

        String co1 = accounts.get("co1").key();
        String co2 = accounts.get("co2").key();
        String co3 = accounts.get("co3").key();
        entry("co1:1", co1, firstContacts.get("co1"), ContactType.VISIT, today.minusDays(3),
                "정기 방문: 2027년 설비 교체 계획 논의", "견적 요청 받음", "12월 첫 주 견적서 제출", null);
        entry("co1:2", co1, firstContacts.get("co1"), ContactType.CALL, today.minusDays(10),
                "TM: 신규 생산라인 부품 수요 확인", "담당자 확인, 관심 있음", "방문 일정 잡기", null);
        entry("co1:3", co1, null, ContactType.COMPLAINT, today.minusDays(5),
                "11월 납품분 일부 치수 불량 (불편사항)", null, "품질팀과 재검사 후 교체품 발송", ComplaintStatus.OPEN);
        entry("co1:4", co1, null, ContactType.EVENT_PLAN, today.plusDays(20),
                "연말 감사 행사 초청 (VIP)", null, "초청장 발송", null);
        entry("co2:1", co2, firstContacts.get("co2"), ContactType.DM, today.minusDays(15),
                "신제품 카탈로그 DM 발송", null, "2주 후 전화 확인", null);
        entry("co2:2", co2, null, ContactType.COMPLAINT, today.minusDays(30),
                "배송 지연 불만", "일정 조정으로 해결", null, ComplaintStatus.RESOLVED);
        entry("co3:1", co3, null, ContactType.CALL, today.minusDays(7),
                "TM: 구매 담당자 변경 확인", "새 담당자 연락처 받음", null, null);
        // co1's open complaint keeps it from S (the policy's complaint rule) until it is resolved: graded
        // now rather than by the event the complaint posts, so the demo opens the same way every time
        grades.regrade(List.of(co1, co2));
    }

    private void entry(String id, String account, String contact, ContactType type, OffsetDateTime at, String summary,
            String outcome, String nextStep, ComplaintStatus status) {
        log.log(new ContactLogDraft(account, contact, type, at, summary, outcome, nextStep, null, status, null, null),
                "demo:log:" + id, REP);
    }
}
