package kr.crm.consent.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import kr.crm.api.consent.Channel;
import kr.crm.api.consent.ConsentPurpose;
import kr.crm.api.consent.ConsentRecord;
import kr.crm.api.consent.OptOut;
import kr.crm.api.mail.MailOutbox;
import kr.crm.api.mail.OutgoingMail;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The notices the law asks for (정보통신망법 시행령 제62조의3): who sends, what was done, and when, by e-mail through
 * the transactional outbox. One message per record (the dedupe key), so a retry never notifies twice.
 */
@Component(service = Notices.class, configurationPid = Notices.PID)
@Designate(ocd = ConsentConfig.class)
public final class Notices {
    static final String PID = "kr.crm.consent";
    static final String CATEGORY = "consent.notice";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy년 M월 d일");
    private final MailOutbox outbox;
    private final String sender;
    private final String contact;

    @Activate
    public Notices(@Reference MailOutbox outbox, ConsentConfig config) {
        this(outbox, config.senderName(), config.senderContact());
    }

    Notices(MailOutbox outbox, String sender, String contact) {
        this.outbox = outbox;
        this.sender = sender;
        this.contact = contact;
    }

    /** Queues the confirmation of a consent or refusal. @return false if there is no address to send it to */
    boolean confirm(ConsentRecord c, Subject s) {
        String what = channel(c.channel()) + " " + purpose(c.purpose()) + (c.granted() ? " 수신 동의" : " 수신 거부");
        return send("consent:" + c.id() + ":notice", s, "[" + sender + "] " + what + " 처리 결과 안내",
                sender + "에서 알려드립니다.\n\n" + date(c.occurredAt()) + "에 " + what + " 의사를 받아 "
                        + date(c.recordedAt()) + "에 처리하였습니다.\n");
    }

    /** Queues the confirmation of an opt-out. */
    boolean confirm(OptOut o, Subject s) {
        String what = (o.channel() == null ? "모든 채널" : channel(o.channel())) + " 광고성 정보 수신거부";
        return send("opt-out:" + o.id() + ":notice", s, "[" + sender + "] " + what + " 처리 결과 안내",
                sender + "에서 알려드립니다.\n\n" + date(o.at()) + "에 " + what + " 요청을 처리하였습니다.\n");
    }

    /** Queues the 2-yearly re-confirmation of a standing consent. */
    boolean reconfirm(ConsentRecord c, Subject s, Instant now) {
        String what = channel(c.channel()) + " " + purpose(c.purpose()) + " 수신 동의";
        return send("consent:" + c.id() + ":reconfirm:" + now.toEpochMilli(), s,
                "[" + sender + "] " + what + " 사실 안내 (2년 주기)",
                sender + "에서 알려드립니다.\n\n고객님은 " + date(c.occurredAt()) + "에 " + what
                        + "를 하셨으며, 이 동의는 유지되고 있습니다.\n수신을 원하지 않으시면 아래 연락처로 수신거부를 "
                        + "요청하실 수 있습니다.\n");
    }

    private boolean send(String dedupeKey, Subject s, String subject, String text) {
        if (s == null || s.email() == null || s.email().isBlank()) {
            return false;
        }
        String footer = "\n발신: " + sender + (contact.isBlank() ? "" : "\n문의·수신거부: " + contact) + "\n";
        outbox.enqueue(OutgoingMail.transactional(dedupeKey, s.key(), s.email().strip(), null, subject,
                text + footer, CATEGORY));
        return true;
    }

    private static String date(Instant at) {
        return DATE.format(at.atZone(TransactionException.SEOUL));
    }

    static String channel(Channel c) {
        return switch (c) {
            case EMAIL -> "이메일";
            case SMS -> "문자(SMS)";
            case POST -> "우편(DM)";
            case FAX -> "팩스";
            case PUSH -> "앱 푸시";
        };
    }

    static String purpose(ConsentPurpose p) {
        return switch (p) {
            case ADVERTISING -> "광고성 정보";
            case NIGHT_ADVERTISING -> "야간(21시~08시) 광고성 정보";
            case TRANSACTIONAL -> "거래 관련 정보";
        };
    }
}
