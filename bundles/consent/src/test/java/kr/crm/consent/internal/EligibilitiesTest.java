package kr.crm.consent.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import kr.crm.api.common.Page;
import kr.crm.api.consent.Channel;
import kr.crm.api.consent.ConsentMethod;
import kr.crm.api.consent.ConsentPurpose;
import kr.crm.api.consent.ConsentRecord;
import kr.crm.api.consent.Eligibility;
import kr.crm.api.consent.LawfulBasis;
import kr.crm.api.consent.OptOut;
import kr.crm.api.order.OrderLine;
import kr.crm.api.order.OrderService;
import kr.crm.api.order.OrderStatus;
import kr.crm.api.order.SalesOrder;
import org.junit.jupiter.api.Test;

class EligibilitiesTest {
    private static final ZoneOffset KST = ZoneOffset.ofHours(9);
    private static final Instant NOON = OffsetDateTime.of(2026, 11, 20, 12, 0, 0, 0, KST).toInstant();
    private static final Instant TEN_PM = OffsetDateTime.of(2026, 11, 20, 22, 0, 0, 0, KST).toInstant();
    private static final Subject KIM = new Subject("C1", List.of("C1"), true, "kim@example.kr", "01012345678");

    private final OrderService orders = mock(OrderService.class);
    private final Eligibilities rule = new Eligibilities(new TransactionException(orders));

    private static ConsentRecord consent(long id, Channel ch, ConsentPurpose p, boolean granted, Instant at,
            Instant noticeSent) {
        return new ConsentRecord(id, "C1", ch, p, granted, ConsentMethod.WEB_FORM, "v1", null, at, at, "rep",
                at.plusSeconds(14 * 86400), noticeSent, granted ? at.plusSeconds(730 * 86400) : null, null);
    }

    private void ordered(OffsetDateTime at, String category) {
        SalesOrder o = new SalesOrder("shop", "O1", "C1", at, OrderStatus.ACTIVE, "KRW", BigDecimal.TEN, null,
                List.of(new OrderLine(1, "P1", "복사용지", category, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN,
                        null)), at.toInstant(), at.toInstant());
        when(orders.ordersOf(eq("C1"), any())).thenReturn(new Page<>(List.of(o), 0, 200, 1));
    }

    @Test
    void aConsentWhoseNoticeWentOutIsTheBasis() {
        Instant given = NOON.minusSeconds(30 * 86400);
        Eligibility e = rule.decide(KIM, Channel.EMAIL,
                List.of(consent(7, Channel.EMAIL, ConsentPurpose.ADVERTISING, true, given, given)), List.of(), null,
                NOON);
        assertThat(e.sendable()).isTrue();
        assertThat(e.basis()).isEqualTo(LawfulBasis.CONSENT);
        assertThat(e.consentId()).isEqualTo(7L);
    }

    @Test
    void aConsentWhoseConfirmationIsOverdueIsNotSendable() {
        Instant given = NOON.minusSeconds(15 * 86400);
        Eligibility e = rule.decide(KIM, Channel.EMAIL,
                List.of(consent(7, Channel.EMAIL, ConsentPurpose.ADVERTISING, true, given, null)), List.of(), null,
                NOON);
        assertThat(e.sendable()).isFalse();
        assertThat(e.reason()).contains("confirmation notice is overdue");
    }

    @Test
    void anOptOutBeatsAnEarlierConsentButNotALaterOne() {
        Instant given = NOON.minusSeconds(30 * 86400);
        ConsentRecord c = consent(7, Channel.SMS, ConsentPurpose.ADVERTISING, true, given, given);
        OptOut out = new OptOut(1, "C1", null, null, ConsentMethod.PHONE, null, given.plusSeconds(60), "rep", null);
        assertThat(rule.decide(KIM, Channel.SMS, List.of(c), List.of(out), null, NOON).sendable()).isFalse();

        ConsentRecord again = consent(8, Channel.SMS, ConsentPurpose.ADVERTISING, true, given.plusSeconds(120),
                given.plusSeconds(120));
        assertThat(rule.decide(KIM, Channel.SMS, List.of(c, again), List.of(out), null, NOON).consentId())
                .isEqualTo(8L);
    }

    @Test
    void theTransactionExceptionCoversTheSameKindOfGoodsForSixMonths() {
        ordered(OffsetDateTime.of(2026, 6, 1, 10, 0, 0, 0, KST), "사무용품");
        Eligibility same = rule.decide(KIM, Channel.EMAIL, List.of(), List.of(), " 사무용품 ", NOON);
        assertThat(same.sendable()).isTrue();
        assertThat(same.basis()).isEqualTo(LawfulBasis.TRANSACTION);
        assertThat(same.reason()).contains("shop/O1");
        assertThat(rule.decide(KIM, Channel.EMAIL, List.of(), List.of(), "가전", NOON).sendable()).isFalse();
        assertThat(rule.decide(KIM, Channel.EMAIL, List.of(), List.of(), null, NOON).sendable()).isFalse();

        ordered(OffsetDateTime.of(2026, 5, 19, 10, 0, 0, 0, KST), "사무용품");
        assertThat(rule.decide(KIM, Channel.EMAIL, List.of(), List.of(), "사무용품", NOON).sendable())
                .as("six months and a day").isFalse();
    }

    @Test
    void aRefusalStopsEvenTheTransactionException() {
        ordered(OffsetDateTime.of(2026, 11, 1, 10, 0, 0, 0, KST), "사무용품");
        ConsentRecord no = consent(9, Channel.EMAIL, ConsentPurpose.ADVERTISING, false, NOON.minusSeconds(60), null);
        assertThat(rule.decide(KIM, Channel.EMAIL, List.of(no), List.of(), "사무용품", NOON).sendable()).isFalse();
    }

    @Test
    void smsAtTenPmWaitsForEightUnlessTheNightWasConsentedToAndEmailNeverWaits() {
        Instant given = NOON.minusSeconds(30 * 86400);
        ConsentRecord sms = consent(1, Channel.SMS, ConsentPurpose.ADVERTISING, true, given, given);
        Eligibility held = rule.decide(KIM, Channel.SMS, List.of(sms), List.of(), null, TEN_PM);
        assertThat(held.sendable()).isFalse();
        assertThat(held.basis()).isEqualTo(LawfulBasis.CONSENT);
        assertThat(held.holdUntil()).isEqualTo(OffsetDateTime.of(2026, 11, 21, 8, 0, 0, 0, KST).toInstant());

        ConsentRecord night = consent(2, Channel.SMS, ConsentPurpose.NIGHT_ADVERTISING, true, given, given);
        assertThat(rule.decide(KIM, Channel.SMS, List.of(sms, night), List.of(), null, TEN_PM).sendable()).isTrue();

        ConsentRecord mail = consent(3, Channel.EMAIL, ConsentPurpose.ADVERTISING, true, given, given);
        assertThat(rule.decide(KIM, Channel.EMAIL, List.of(mail), List.of(), null, TEN_PM).sendable()).isTrue();
    }

    @Test
    void theNightEndsAtEightInSeoul() {
        Instant sevenFiftyNine = OffsetDateTime.of(2026, 11, 21, 7, 59, 0, 0, KST).toInstant();
        assertThat(NightHold.applies(Channel.SMS, sevenFiftyNine)).isTrue();
        assertThat(NightHold.until(sevenFiftyNine)).isEqualTo(sevenFiftyNine.plusSeconds(60));
        assertThat(NightHold.applies(Channel.FAX, sevenFiftyNine.plusSeconds(60))).isFalse();
        assertThat(NightHold.applies(Channel.PUSH, OffsetDateTime.of(2026, 11, 21, 21, 0, 0, 0, KST).toInstant()))
                .isTrue();
    }
}
