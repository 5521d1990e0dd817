package kr.crm.demo.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.crm.api.customer.Customer;
import kr.crm.api.security.CrmRoles;
import kr.crm.api.security.CrmUser;
import kr.crm.api.service.PortalReceipt;
import kr.crm.api.service.PortalService;
import kr.crm.api.service.PortalSubmission;
import kr.crm.api.service.RequestChannel;
import kr.crm.api.service.RequestPriority;
import kr.crm.api.service.RequestStatus;
import kr.crm.api.service.Requester;
import kr.crm.api.service.ServiceRequest;
import kr.crm.api.service.ServiceRequestDraft;
import kr.crm.api.service.ServiceRequestService;

/**
 * What makes the service desk and its reports worth opening: requests in several states and ages (one overdue, one
 * waiting for the customer, one closed), classified by topic, and two portal requests resolved and rated by their
 * customers (one low score, which gives the owner rep a follow-up task). The first request is the marker: created
 * with an idempotency key and assigned right after, so a restart that finds it assigned adds nothing.
 */
final class DemoService {
    private static final ZoneOffset SEOUL = ZoneOffset.ofHours(9);
    private static final CrmUser REP = new CrmUser("rep.kim", "김영업", Set.of(CrmRoles.REP));
    /** Demo portal submissions come from the host itself. */
    private static final String DEMO_ADDRESS = "127.0.0.1";

    private final ServiceRequestService requests;
    private final PortalService portal;

    /** @param portal null when the portal is not configured: the demo then has no portal requests */
    DemoService(ServiceRequestService requests, PortalService portal) {
        this.requests = requests;
        this.portal = portal;
    }

    void load(Map<String, Customer> accounts) {
        OffsetDateTime today = OffsetDateTime.now(SEOUL).truncatedTo(ChronoUnit.DAYS).withHour(10);
        ServiceRequest overdue = staff("1", accounts.get("co2"), "REPAIR", "포장기 3호기 센서 오작동",
                "가동 중 센서 오류로 라인이 멈춥니다. 부품 교체 필요.", today.minusDays(14));
        if (overdue.version() > 1) {
            return;
        }
        ServiceRequest r = requests.assign(overdue.id(), overdue.version(), REP.username(), null, "현장 확인 예정", REP);
        r = requests.classify(r.id(), r.version(), "QUALITY", REP);
        requests.changeStatus(r.id(), r.version(), RequestStatus.IN_PROGRESS, "부품 발주", REP);

        ServiceRequest waiting = staff("2", accounts.get("co3"), "RETURN", "오배송 반품 요청",
                "주문과 다른 규격이 배송되었습니다.", today.minusDays(3));
        r = requests.assign(waiting.id(), waiting.version(), REP.username(), null, null, REP);
        r = requests.comment(r.id(), "반품 송장 번호를 알려 주시면 바로 회수하겠습니다.", true, REP);
        r = requests.classify(r.id(), r.version(), "DELIVERY", REP);
        requests.changeStatus(r.id(), r.version(), RequestStatus.WAITING_FOR_CUSTOMER, "송장 번호 대기", REP);

        ServiceRequest closed = staff("3", accounts.get("co1"), "INQUIRY", "2027년 단가표 요청",
                "내년도 단가표를 받고 싶습니다.", today.minusDays(20));
        r = requests.comment(closed.id(), "2027년 단가표를 메일로 보내 드렸습니다.", true, REP);
        r = requests.classify(r.id(), r.version(), "PRICE", REP);
        r = requests.changeStatus(r.id(), r.version(), RequestStatus.RESOLVED, "단가표 발송", REP);
        requests.changeStatus(r.id(), r.version(), RequestStatus.CLOSED, null, REP);

        if (portal != null) {
            rated(new Requester("이서연", "seoyeon.lee@example.co.kr", "010-3456-7890", "(주)한빛정밀"), "COMPLAINT",
                    "납품 박스 파손", "12월 납품분 박스 두 개가 파손되어 도착했습니다.", "DELIVERY",
                    "파손분 교체품을 오늘 발송했습니다.", 4, "빠른 처리 감사합니다");
            rated(new Requester("박지훈", "jihoon.park@example.com", "010-4567-8901", null), "INQUIRY",
                    "견적서 재발행 요청", "사업자 정보가 바뀌어 견적서를 다시 받고 싶습니다.", "DOCUMENTS",
                    "새 견적서를 첨부해 보내 드렸습니다.", 2, "답변이 늦었습니다");
        }
    }

    private ServiceRequest staff(String id, Customer account, String type, String subject, String description,
            OffsetDateTime receivedAt) {
        return requests.create(new ServiceRequestDraft(account.key(), null, null, null, null, type,
                RequestChannel.PHONE, RequestPriority.NORMAL, subject, description, null, null, receivedAt),
                "demo:service:" + id, REP);
    }

    /** A customer's portal request, answered and resolved by rep.kim, then rated by the customer. */
    private void rated(Requester who, String type, String subject, String description, String topic, String reply,
            int score, String comment) {
        PortalReceipt receipt = portal.submit(new PortalSubmission(who, type, subject, description, List.of(), "ko"),
                DEMO_ADDRESS, null);
        ServiceRequest r = requests.find(receipt.reference());
        r = requests.assign(r.id(), r.version(), REP.username(), null, null, REP);
        r = requests.comment(r.id(), reply, true, REP);
        r = requests.classify(r.id(), r.version(), topic, REP);
        requests.changeStatus(r.id(), r.version(), RequestStatus.RESOLVED, reply, REP);
        portal.answerSurvey(receipt.token(), score, comment);
    }
}
