package kr.crm.campaign.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import kr.crm.api.campaign.TemplateDraft;
import kr.crm.api.campaign.TemplateKind;
import kr.crm.api.common.ValidationException;
import kr.crm.api.consent.Channel;

/**
 * What a template may say. {@code (광고)}, the sender and the opt-out are added by the renderer, so a hand-written
 * {@code (광고)} or a lookalike ({@code 광 고}, {@code (광/고)}, {@code [광고]}, full-width brackets) anywhere is
 * refused: it would either double the mark or disguise it. A transactional template with coupon or discount wording
 * is disguised advertising and refused.
 */
final class TemplateRules {
    /** 광 and 고 with anything but letters and digits between them, or 광고 in any brackets. */
    private static final Pattern MARK = Pattern.compile("광[^\\p{L}\\p{N}]+고|[(\\[{<（［【〈《「『]\\s*광\\s*고");
    private static final List<String> ADVERTISING_WORDS = List.of("쿠폰", "할인", "세일", "특가", "적립금",
            "coupon", "discount", "% off");
    private static final Pattern SMS_OPT_OUT = Pattern.compile("080-?\\d{3,4}-?\\d{4}|[가-힣A-Za-z0-9 ]{2,20}");

    private TemplateRules() {
    }

    static void check(TemplateDraft d) {
        if (d == null) {
            throw new ValidationException("body", "is required");
        }
        text("name", d.name(), 100, true);
        if (d.channel() != Channel.EMAIL && d.channel() != Channel.SMS) {
            throw new ValidationException("channel", "must be EMAIL or SMS");
        }
        if (d.kind() == null) {
            throw new ValidationException("kind", "is required: ADVERTISING or TRANSACTIONAL");
        }
        text("senderName", d.senderName(), 100, true);
        text("senderContact", d.senderContact(), 200, true);
        text("body", d.body(), d.channel() == Channel.SMS ? 2000 : 100_000, true);
        if (d.channel() == Channel.EMAIL) {
            text("subject", d.subject(), 300, true);
        } else if (d.subject() != null && !d.subject().isBlank()) {
            throw new ValidationException("subject", "an SMS has no subject");
        }
        if (d.kind() == TemplateKind.ADVERTISING && d.channel() == Channel.SMS) {
            text("optOut", d.optOut(), 100, true);
            if (!SMS_OPT_OUT.matcher(d.optOut().strip()).matches()) {
                throw new ValidationException("optOut", "must be a free 080 number or a reply keyword");
            }
        }
        for (String[] f : new String[][] {{"subject", d.subject()}, {"body", d.body()}, {"senderName", d.senderName()}}) {
            if (f[1] != null && hasMark(f[1])) {
                throw new ValidationException(f[0], "(광고) is added by the system at the start; it or a lookalike "
                        + "may not be written anywhere in the template");
            }
            if (f[1] != null && d.kind() == TemplateKind.TRANSACTIONAL && advertisingWording(f[1])) {
                throw new ValidationException(f[0], "coupon or discount wording makes a transactional message "
                        + "advertising; use an ADVERTISING template");
            }
        }
    }

    static boolean hasMark(String text) {
        return MARK.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).find();
    }

    static boolean advertisingWording(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return ADVERTISING_WORDS.stream().anyMatch(t::contains);
    }

    private static void text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new ValidationException(field, "is required");
            }
            return;
        }
        if (value.length() > max) {
            throw new ValidationException(field, "is longer than " + max + " characters");
        }
    }
}
