package kr.crm.campaign.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import kr.crm.api.campaign.MessageTemplate;
import kr.crm.api.campaign.RenderedMessage;
import kr.crm.api.campaign.TemplateDraft;
import kr.crm.api.campaign.TemplateKind;
import kr.crm.api.common.ValidationException;
import kr.crm.api.consent.Channel;
import org.junit.jupiter.api.Test;

class TemplateRulesTest {

    private static TemplateDraft sms(String body) {
        return new TemplateDraft("winter", Channel.SMS, TemplateKind.ADVERTISING, "한빛상사", "02-123-4567",
                "080-123-4567", null, body);
    }

    private static String fieldOf(TemplateDraft d) {
        try {
            TemplateRules.check(d);
            return null;
        } catch (ValidationException e) {
            return e.field();
        }
    }

    @Test
    void handWrittenMarksAndLookalikesAreRefusedWherever() {
        assertThat(fieldOf(sms("겨울 신상품 안내"))).isNull();
        assertThat(fieldOf(sms("(광고) 겨울 신상품"))).isEqualTo("body");
        assertThat(fieldOf(sms("겨울 신상품 (광고)"))).isEqualTo("body");
        assertThat(fieldOf(sms("광 고 겨울 신상품"))).isEqualTo("body");
        assertThat(fieldOf(sms("(광/고) 겨울 신상품"))).isEqualTo("body");
        assertThat(fieldOf(sms("［광고］ 겨울"))).isEqualTo("body");
        assertThat(fieldOf(sms("광고 문의는 대표번호로"))).as("the plain word is no mark").isNull();
    }

    @Test
    void transactionalTemplatesWithCouponWordingAreRefused() {
        TemplateDraft receipt = new TemplateDraft("receipt", Channel.EMAIL, TemplateKind.TRANSACTIONAL, "한빛상사",
                "02-123-4567", null, "주문이 접수되었습니다", "다음 주문에 쓰실 10% 할인 쿠폰을 드립니다");
        assertThatThrownBy(() -> TemplateRules.check(receipt)).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).field()).isEqualTo("body");
        TemplateRules.check(new TemplateDraft("receipt", Channel.EMAIL, TemplateKind.TRANSACTIONAL, "한빛상사",
                "02-123-4567", null, "주문이 접수되었습니다", "주문번호 A-1이 접수되었습니다"));
    }

    @Test
    void anSmsAdvertisementNeedsAFreeOptOut() {
        assertThat(fieldOf(new TemplateDraft("w", Channel.SMS, TemplateKind.ADVERTISING, "한빛상사", "02-123-4567",
                null, null, "본문"))).isEqualTo("optOut");
        assertThat(fieldOf(new TemplateDraft("w", Channel.SMS, TemplateKind.ADVERTISING, "한빛상사", "02-123-4567",
                "010-1234-5678!", null, "본문"))).isEqualTo("optOut");
    }

    @Test
    void anSmsAdvertisementStartsWithTheMarkAndSenderAndEndsWithTheFreeOptOut() {
        MessageTemplate t = new MessageTemplate(1, "winter", 2, Channel.SMS, TemplateKind.ADVERTISING, "한빛상사",
                "02-123-4567", "080-123-4567", null, "{name}님, 겨울 신상품 안내", Instant.EPOCH, "rep");
        RenderedMessage m = TemplateRenderer.render(t, "김민수", null);
        assertThat(m.text()).startsWith("(광고)한빛상사\n김민수님, 겨울 신상품 안내").endsWith("무료수신거부 080-123-4567");
        assertThat(m.templateVersion()).isEqualTo(2);
    }

    @Test
    void anEmailAdvertisementHasTheMarkInTheSubjectAndRfc8058Headers() {
        MessageTemplate t = new MessageTemplate(1, "news", 1, Channel.EMAIL, TemplateKind.ADVERTISING, "한빛상사",
                "02-123-4567", null, "12월 소식", "본문", Instant.EPOCH, "rep");
        RenderedMessage m = TemplateRenderer.render(t, null, "https://crm.example/api/v1/unsubscribe?t=x.y");
        assertThat(m.subject()).isEqualTo("(광고) 12월 소식");
        assertThat(m.text()).startsWith("(광고) 한빛상사").endsWith("https://crm.example/api/v1/unsubscribe?t=x.y\n");
        assertThat(m.headers()).containsEntry("List-Unsubscribe", "<https://crm.example/api/v1/unsubscribe?t=x.y>")
                .containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    @Test
    void aTamperedTokenIsRefused() {
        UnsubscribeTokens tokens = new UnsubscribeTokens("0123456789abcdefghij0123456789abcdefghij");
        String t = tokens.sign("C1", "kim@example.kr");
        assertThat(tokens.verify(t)).isEqualTo(new UnsubscribeTokens.Recipient("C1", "kim@example.kr"));
        String forged = new UnsubscribeTokens("another-secret-0123456789-0123456789").sign("C1", "kim@example.kr");
        assertThatThrownBy(() -> tokens.verify(forged)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> tokens.verify("garbage")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> tokens.verify(t.substring(0, t.length() - 2))).isInstanceOf(ValidationException.class);
    }
}
