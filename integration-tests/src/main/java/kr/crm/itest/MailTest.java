package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import kr.crm.api.mail.MailOutbox;
import kr.crm.api.mail.MailState;
import kr.crm.api.mail.OutgoingMail;
import kr.crm.api.mail.QueuedMail;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.service.cm.ConfigurationAdmin;

/** The transactional outbox against a real SMTP server: stored first, sent once, retried, listed for admins. */
class MailTest {
    /** Keys and addresses of this run: the test database outlives a run on a developer's machine. */
    private static final String RUN = java.util.UUID.randomUUID().toString().substring(0, 8);
    private static CrmHost host;
    private static MailServer mail;

    @BeforeAll
    static void start() throws Exception {
        host = CrmHost.get();
        mail = MailServer.get();
        // retries after 1 s instead of a minute, so the relay-down test is quick
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("retryBaseSeconds", 1);
        props.put("pollSeconds", 1);
        CrmHost.service(host.context, ConfigurationAdmin.class).getConfiguration("kr.crm.mail.outbox", "?").update(props);
        mail.awaitSender(mail.port);
    }

    @Test
    void aKoreanNoticeArrivesOnceEvenWhenItsWriterStoresItTwice() throws Exception {
        OutgoingMail notice = OutgoingMail.transactional("it-mail:receipt:" + RUN, null, "buyer1-" + RUN + "@example.co.kr", "김민수",
                "[접수] 서비스 요청이 접수되었습니다", "안녕하세요, 김민수 님.\n요청이 접수되었습니다.", "it.receipt");

        QueuedMail first = outbox().enqueue(notice);
        QueuedMail second = outbox().enqueue(notice);

        assertThat(second.id()).isEqualTo(first.id());
        List<MimeMessage> got = mail.await("buyer1-" + RUN + "@example.co.kr", 1);
        assertThat(got).hasSize(1);
        assertThat(got.get(0).getSubject()).isEqualTo("[접수] 서비스 요청이 접수되었습니다");
        assertThat(MailServer.text(got.get(0))).isEqualTo("안녕하세요, 김민수 님.\n요청이 접수되었습니다.");
        InternetAddress from = (InternetAddress) got.get(0).getFrom()[0];
        assertThat(from.getAddress()).isEqualTo(MailServer.FROM);
        assertThat(from.getPersonal()).isEqualTo(MailServer.FROM_NAME);
        QueuedMail sent = awaitState("it-mail:receipt:" + RUN, MailState.SENT);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(got.get(0).getMessageID()).isEqualTo("<" + sent.messageId() + "@hanbit-it.co.kr>");
        TimeUnit.SECONDS.sleep(2); // two more passes: nothing is sent again
        assertThat(mail.to("buyer1-" + RUN + "@example.co.kr")).hasSize(1);
    }

    @Test
    void aNoticeWaitsWhileTheRelayIsDownAndGoesOutWhenItIsBack() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        mail.configureRelay(closedPort);
        try {
            mail.awaitSender(closedPort);
            outbox().enqueue(OutgoingMail.transactional("it-mail:down:" + RUN, null, "buyer2-" + RUN + "@example.co.kr", null, "지연 안내",
                    "본문", "it.down"));
            QueuedMail waiting = awaitAttempts("it-mail:down:" + RUN, 1);
            assertThat(waiting.state()).isEqualTo(MailState.QUEUED);
            assertThat(waiting.lastError()).isNotBlank().doesNotContain("buyer2-" + RUN + "@example.co.kr");
            assertThat(mail.to("buyer2-" + RUN + "@example.co.kr")).isEmpty();
        } finally {
            mail.configureRelay(mail.port);
        }
        assertThat(mail.await("buyer2-" + RUN + "@example.co.kr", 1)).hasSize(1);
        assertThat(awaitState("it-mail:down:" + RUN, MailState.SENT).attempts()).isGreaterThan(1);
    }

    @Test
    void aNoticeStoredWithoutAnyRelayConfiguredIsSentOnceOneIs() throws Exception {
        mail.removeRelay();
        try {
            mail.awaitNoSender();
            outbox().enqueue(OutgoingMail.transactional("it-mail:norelay:" + RUN, null, "buyer3-" + RUN + "@example.co.kr", null, "안내",
                    "본문", "it.norelay"));
            TimeUnit.SECONDS.sleep(2);
            assertThat(outbox().find("it-mail:norelay:" + RUN)).get().extracting(QueuedMail::state, QueuedMail::attempts)
                    .containsExactly(MailState.QUEUED, 0);
        } finally {
            mail.configureRelay(mail.port);
        }
        assertThat(mail.await("buyer3-" + RUN + "@example.co.kr", 1)).hasSize(1);
    }

    @Test
    void adminsSeeTheOutboxWithoutAddressesAndOthersDoNot() throws Exception {
        outbox().enqueue(OutgoingMail.transactional("it-mail:list:" + RUN, "C-LIST", "buyer4-" + RUN + "@example.co.kr", "박지영", "목록",
                "본문", "it.list"));
        awaitState("it-mail:list:" + RUN, MailState.SENT);

        var response = host.call("GET", "v1/mail/outbox?category=it.list", CrmHost.ADMIN, null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode rows = host.read(response);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("state").asText()).isEqualTo("SENT");
        assertThat(rows.get(0).get("customerKey").asText()).isEqualTo("C-LIST");
        assertThat(response.body()).doesNotContain("buyer4-" + RUN + "@example.co.kr").doesNotContain("박지영");
        assertThat(host.call("GET", "v1/mail/outbox", CrmHost.REP, null).statusCode()).isEqualTo(403);
        assertThat(host.call("GET", "v1/mail/outbox?limit=0", CrmHost.ADMIN, null).statusCode()).isEqualTo(400);
    }

    /** The outbox service now (a configuration change re-creates the component). */
    private static MailOutbox outbox() throws InterruptedException {
        return CrmHost.service(host.context, MailOutbox.class);
    }

    private static QueuedMail awaitState(String key, MailState state) throws Exception {
        return await(key, m -> m.state() == state, "state " + state);
    }

    private static QueuedMail awaitAttempts(String key, int attempts) throws Exception {
        return await(key, m -> m.attempts() >= attempts, attempts + " attempts");
    }

    private static QueuedMail await(String key, Predicate<QueuedMail> condition, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Optional<QueuedMail> m = outbox().find(key);
        while ((m.isEmpty() || !condition.test(m.get())) && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(100);
            m = outbox().find(key);
        }
        assertThat(m).as("%s of %s", what, key).get().matches(condition);
        return m.get();
    }
}
