package kr.crm.campaign.internal;

import java.util.Arrays;
import java.util.Locale;
import kr.crm.api.campaign.MessageTemplate;
import kr.crm.api.campaign.ProgramDraft;
import kr.crm.api.campaign.TemplateService;
import kr.crm.api.common.ValidationException;
import kr.crm.api.consent.Channel;

/**
 * Checks a program as written: a channel with a sender (EMAIL, SMS), an advertising template of that channel
 * (greetings and welcomes from a business are advertising, decision 236). Each error names its field.
 */
final class ProgramDrafts {
    private ProgramDrafts() {
    }

    static Channel channel(String channel) {
        if (channel == null || channel.isBlank()) {
            throw new ValidationException("channel", "is required: EMAIL or SMS");
        }
        String c = channel.strip().toUpperCase(Locale.ROOT);
        if (!c.equals("EMAIL") && !c.equals("SMS")) {
            throw new ValidationException("channel", "must be EMAIL or SMS (no sender for "
                    + (Arrays.stream(Channel.values()).anyMatch(x -> x.name().equals(c)) ? c : "'" + cut(channel) + "'")
                    + ")");
        }
        return Channel.valueOf(c);
    }

    static MessageTemplate template(TemplateService templates, ProgramDraft d, Channel channel) {
        MessageTemplate t = AdvertisingTemplates.find(templates, d.templateName(), d.templateVersion(),
                "a welcome or greeting from a business is advertising and needs an advertising template");
        if (t.channel() != channel) {
            throw new ValidationException("templateName", "is a " + t.channel() + " template, the program's channel is "
                    + channel);
        }
        return t;
    }

    private static String cut(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
