package kr.crm.api.campaign;

import java.util.Map;

/**
 * A message as it goes out.
 *
 * @param templateName template name
 * @param templateVersion template version (kept in the send log)
 * @param subject e-mail subject, null for SMS
 * @param text the full text, legal frame included
 * @param headers extra e-mail headers ({@code List-Unsubscribe}, {@code List-Unsubscribe-Post}), empty for SMS
 */
public record RenderedMessage(String templateName, int templateVersion, String subject, String text,
        Map<String, String> headers) {

    public RenderedMessage {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }
}
