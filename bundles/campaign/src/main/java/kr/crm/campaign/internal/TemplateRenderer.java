package kr.crm.campaign.internal;

import java.util.Map;
import kr.crm.api.campaign.MessageTemplate;
import kr.crm.api.campaign.RenderedMessage;
import kr.crm.api.campaign.TemplateKind;
import kr.crm.api.consent.Channel;

/**
 * The legal frame of an advertisement (정보통신망법 시행령 제61조): {@code (광고)} and the sender's name first (e-mail:
 * at the start of the subject too), the sender's contact and a free way to opt out last. Transactional messages get
 * the sender's contact only.
 */
final class TemplateRenderer {
    static final String MARK = "(광고)";

    private TemplateRenderer() {
    }

    static RenderedMessage render(MessageTemplate t, String recipientName, String unsubscribeLink) {
        String body = t.body().replace("{name}", recipientName == null ? "고객" : recipientName).strip();
        boolean ad = t.kind() == TemplateKind.ADVERTISING;
        if (t.channel() == Channel.SMS) {
            String text = ad
                    ? MARK + t.senderName() + "\n" + body + "\n" + t.senderContact() + "\n무료수신거부 " + t.optOut().strip()
                    : "[" + t.senderName() + "] " + body + "\n" + t.senderContact();
            return new RenderedMessage(t.name(), t.version(), null, text, Map.of());
        }
        if (!ad) {
            return new RenderedMessage(t.name(), t.version(), t.subject().strip(),
                    body + "\n\n발신: " + t.senderName() + " (" + t.senderContact() + ")\n", Map.of());
        }
        String text = MARK + " " + t.senderName() + "\n\n" + body + "\n\n"
                + "발신: " + t.senderName() + " (" + t.senderContact() + ")\n"
                + "더 이상 받기를 원하지 않으시면 아래 링크를 눌러 무료로 수신거부하실 수 있습니다.\n"
                + "수신거부(Unsubscribe): " + unsubscribeLink + "\n";
        return new RenderedMessage(t.name(), t.version(), MARK + " " + t.subject().strip(), text,
                Map.of("List-Unsubscribe", "<" + unsubscribeLink + ">",
                        "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
    }
}
