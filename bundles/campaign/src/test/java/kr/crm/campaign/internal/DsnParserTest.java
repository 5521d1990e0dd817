package kr.crm.campaign.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DsnParserTest {
    private static final String SECRET = "unit-test-secret-0123456789-abcdefghij";
    private final DsnParser parser = new DsnParser();
    private final BounceRefs refs = new BounceRefs(SECRET);

    /** An RFC 3464 report as Postfix writes it, returning the original headers. */
    static String dsn(String messageId, String status, String action, String diagnostic, String ref) {
        return """
                Message-ID: <%s>
                Date: Mon, 7 Dec 2026 10:00:00 +0900
                From: MAILER-DAEMON@mx.example.co.kr (Mail Delivery System)
                To: crm@hanbit-it.co.kr
                Subject: Undelivered Mail Returned to Sender
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="B1"

                --B1
                Content-Type: text/plain; charset=UTF-8

                This is the mail system at host mx.example.co.kr. I'm sorry to have to inform you ...

                --B1
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example.co.kr
                Arrival-Date: Mon, 7 Dec 2026 09:59:58 +0900

                Final-Recipient: rfc822; kim@example.co.kr
                Original-Recipient: rfc822;kim@example.co.kr
                Action: %s
                Status: %s
                Diagnostic-Code: smtp; %s

                --B1
                Content-Type: text/rfc822-headers

                Message-ID: <campaign-1-2@hanbit-it.co.kr>
                From: crm@hanbit-it.co.kr
                To: kim@example.co.kr
                Subject: =?UTF-8?B?KOq0keqzoCk=?=
                %s

                --B1--
                """.formatted(messageId, action, status, diagnostic,
                ref == null ? "X-Other: 1" : BounceRefs.HEADER + ": " + ref).replace("\n", "\r\n");
    }

    @Test
    void readsAPermanentFailureWithTheSignedReferenceAndNoAddress() throws Exception {
        String ref = refs.sign(42);
        DeliveryReport r = parser.parse(dsn("d1@mx", "5.1.1", "failed",
                "550 5.1.1 <kim@example.co.kr>: Recipient address rejected: User unknown", ref)
                .getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo("5.1.1");
        assertThat(r.permanent()).isTrue();
        assertThat(r.action()).isEqualTo("failed");
        assertThat(r.diagnostic()).isEqualTo("550 5.1.1 <<address>>: Recipient address rejected: User unknown")
                .doesNotContain("kim@");
        assertThat(r.messageId()).isEqualTo("<d1@mx>");
        assertThat(refs.verify(r.ref())).hasValue(42);
    }

    @Test
    void aDelayIsNotPermanent() throws Exception {
        DeliveryReport r = parser.parse(dsn("d2@mx", "4.2.2", "delayed", "452 4.2.2 메일함 용량 초과", refs.sign(7))
                .getBytes(StandardCharsets.UTF_8));
        assertThat(r.permanent()).isFalse();
        assertThat(r.diagnostic()).isEqualTo("452 4.2.2 메일함 용량 초과");
        assertThat(r.status()).isEqualTo("4.2.2");
    }

    @Test
    void aForgedOrMissingReferenceDoesNotVerify() {
        String good = refs.sign(42);
        assertThat(refs.verify(good.substring(0, good.length() - 3) + "AAA")).isEmpty();
        assertThat(new BounceRefs(SECRET + "x").verify(good)).isEmpty();
        assertThat(refs.verify(null)).isEmpty();
        assertThat(refs.verify("campaign-1-2")).isEmpty();
    }

    @Test
    void anythingButADeliveryStatusReportIsMalformed() {
        assertThatThrownBy(() -> parser.parse("Subject: hello\r\n\r\nout of office\r\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DsnParser.Malformed.class).hasMessageContaining("multipart/report");
        String noStatus = dsn("d3@mx", "x.y", "failed", "boom", refs.sign(1));
        assertThatThrownBy(() -> parser.parse(noStatus.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DsnParser.Malformed.class).hasMessageContaining("Status");
        assertThatThrownBy(() -> parser.parse(new byte[0])).isInstanceOf(DsnParser.Malformed.class);
    }
}
