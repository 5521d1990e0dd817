package kr.crm.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Map;
import kr.crm.api.common.ValidationException;
import kr.crm.api.mail.MailDeliveryException;
import kr.crm.api.mail.MailPurpose;
import kr.crm.api.mail.OutgoingMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sends through a real SMTP server (GreenMail in this JVM) and reads what arrived. */
class SmtpMailSenderTest {
    private GreenMail server;
    private SmtpMailSender sender;

    @BeforeEach
    void start() {
        server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        sender = new SmtpMailSender(TestSmtp.at(server.getSmtp().getPort(), 3));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void koreanSubjectNamesAndBodyArriveIntact() throws Exception {
        String id = sender.send(new OutgoingMail("k1", MailPurpose.TRANSACTIONAL, null, "buyer@example.co.kr", "김민수",
                null, "[접수] 서비스 요청 SR-2026-0001", "요청이 접수되었습니다.\n확인 링크: https://crm/portal", null,
                Map.of(), "service.receipt"), "fixed-1");

        MimeMessage[] got = server.getReceivedMessages();
        assertThat(got).hasSize(1);
        assertThat(got[0].getSubject()).isEqualTo("[접수] 서비스 요청 SR-2026-0001");
        InternetAddress from = (InternetAddress) got[0].getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("crm@hanbit.co.kr");
        assertThat(from.getPersonal()).isEqualTo("한빛 CRM");
        assertThat(((InternetAddress) got[0].getAllRecipients()[0]).getPersonal()).isEqualTo("김민수");
        assertThat(((String) got[0].getContent()).replace("\r\n", "\n"))
                .isEqualTo("요청이 접수되었습니다.\n확인 링크: https://crm/portal");
        assertThat(id).isEqualTo("fixed-1@hanbit.co.kr");
        assertThat(got[0].getMessageID()).isEqualTo("<fixed-1@hanbit.co.kr>");
    }

    @Test
    void htmlAlternativeAndExtraHeadersAreSentAndTheSenderNameCanBeOverridden() throws Exception {
        sender.send(new OutgoingMail("k2", MailPurpose.ADVERTISING, "C1", "buyer@example.co.kr", null, "한빛정밀 영업팀",
                "(광고) 봄맞이 안내", "본문", "<p>본문</p>",
                Map.of("List-Unsubscribe", "<https://crm/u?t=abc>", "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                "campaign.7"), null);

        MimeMessage got = server.getReceivedMessages()[0];
        assertThat(got.getHeader("List-Unsubscribe")[0]).isEqualTo("<https://crm/u?t=abc>");
        assertThat(got.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(((InternetAddress) got.getFrom()[0]).getPersonal()).isEqualTo("한빛정밀 영업팀");
        MimeMultipart parts = (MimeMultipart) got.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getBodyPart(1).getContent()).isEqualTo("<p>본문</p>");
    }

    @Test
    void aRelayThatIsDownIsATemporaryFailureWithoutTheAddressInItsText() {
        int port = server.getSmtp().getPort();
        server.stop();
        SmtpMailSender down = new SmtpMailSender(TestSmtp.at(port, 3));

        assertThatThrownBy(() -> down.send(OutgoingMail.transactional("k3", null, "someone@example.co.kr", null, "제목",
                "본문", "service.receipt"), null))
                .isInstanceOfSatisfying(MailDeliveryException.class, e -> {
                    assertThat(e.permanent()).isFalse();
                    assertThat(e.getMessage()).doesNotContain("someone@example.co.kr");
                });
    }

    @Test
    void aMessageThatCannotBeSentAsGivenNamesTheField() {
        assertThatThrownBy(() -> sender.send(OutgoingMail.transactional("k4", null, "not-an-address", null, "제목", "본문",
                "service.receipt"), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> sender.send(OutgoingMail.transactional("k5", null, "a@example.co.kr", null,
                "제목\r\nBcc: x@evil.test", "본문", "service.receipt"), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("subject"));
        assertThat(server.getReceivedMessages()).isEmpty();
    }
}
