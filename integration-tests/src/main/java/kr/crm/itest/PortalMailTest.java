package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The portal's customer gets the receipt, each reply and the resolution by e-mail, each with a working link. */
class PortalMailTest extends CrmTest {
    private static final Pattern LINK = Pattern.compile("/portal/request\\.html\\?t=([A-Za-z0-9._-]+)");
    private static MailServer mail;

    @BeforeAll
    static void mailServer() throws Exception {
        mail = MailServer.get();
    }

    @Test
    void theCustomerFollowsTheRequestFromTheMailsItGets() throws Exception {
        String email = "mail." + UUID.randomUUID().toString().substring(0, 8) + "@example.co.kr";
        ObjectNode s = host.json.createObjectNode();
        s.putObject("requester").put("name", "박메일").put("email", email).put("company", "(주)메일알림" + email.length());
        s.put("type", "REPAIR").put("subject", "컨베이어 소음").put("description", "2번 컨베이어에서 소음이 납니다.");
        HttpResponse<String> submitted = host.call("POST", "v1/portal/requests", null, s.toString(),
                "X-Forwarded-For", "198.51.100." + (1 + (int) (Math.random() * 250)));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String id = host.read(submitted).path("reference").asText();

        MimeMessage receipt = mail.await(email, 1).get(0);
        assertThat(receipt.getSubject()).contains("[서비스 요청 " + id + "] 접수되었습니다");
        String receiptText = MailServer.text(receipt);
        assertThat(receiptText).startsWith("박메일 님, 안녕하세요.").contains("Hello 박메일");
        JsonNode view = host.read(host.call("GET", "v1/portal/requests/" + token(receiptText), null, null));
        assertThat(view.path("subject").asText()).isEqualTo("컨베이어 소음");

        host.call("POST", "v1/service-requests/" + id + "/comments", CrmHost.REP, "{\"text\":\"내부 메모: 부품 확인\"}");
        host.call("POST", "v1/service-requests/" + id + "/comments", CrmHost.REP,
                "{\"text\":\"베어링을 교체하겠습니다.\",\"toCustomer\":true}");
        HttpResponse<String> resolved = host.call("PUT", "v1/service-requests/" + id + "/status", CrmHost.REP,
                "{\"status\":\"RESOLVED\",\"comment\":\"베어링 교체 완료\",\"version\":1}");
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);

        List<MimeMessage> all = mail.await(email, 3);
        assertThat(all).hasSize(3);
        assertThat(all.get(1).getSubject()).contains("답변이 등록되었습니다");
        assertThat(all.get(2).getSubject()).contains("처리되었습니다");
        String resolvedText = MailServer.text(all.get(2));
        assertThat(resolvedText).contains("만족도").doesNotContain("할인").doesNotContain("쿠폰");
        JsonNode after = host.read(host.call("GET", "v1/portal/requests/" + token(resolvedText), null, null));
        assertThat(after.path("status").asText()).isEqualTo("RESOLVED");
        assertThat(after.path("surveyOpen").asBoolean()).as("the resolution mail's link opens the survey").isTrue();

        Thread.sleep(1500); // more events and outbox passes: the internal note and repeats mail nothing
        assertThat(mail.to(email)).hasSize(3);
        JsonNode outbox = host.read(host.call("GET", "v1/mail/outbox?category=service.portal&limit=500", CrmHost.ADMIN, null));
        assertThat(outbox.findValuesAsText("dedupeKey")).contains("service:" + id + ":0");
    }

    private static String token(String text) {
        Matcher m = LINK.matcher(text);
        assertThat(m.find()).as("a follow link in: %s", text).isTrue();
        return m.group(1);
    }
}
