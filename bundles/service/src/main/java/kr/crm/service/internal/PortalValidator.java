package kr.crm.service.internal;

import java.util.regex.Pattern;
import kr.crm.api.common.ValidationException;
import kr.crm.api.service.PortalSubmission;
import kr.crm.api.service.Requester;

/** Checks what a customer types on the portal; messages name the field (the page shows them next to it). */
final class PortalValidator {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{7,40}");

    private PortalValidator() {
    }

    static Requester requester(Requester r) {
        if (r == null) {
            throw new ValidationException("requester.name", "is required");
        }
        String name = Texts.required("requester.name", r.name(), 100);
        String email = Texts.required("requester.email", r.email(), 254);
        if (!EMAIL.matcher(email).matches()) {
            throw new ValidationException("requester.email", "must be an e-mail address such as name@example.co.kr");
        }
        String phone = Texts.optional("requester.phone", r.phone(), 40);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new ValidationException("requester.phone", "must be a phone number such as 010-1234-5678");
        }
        return new Requester(name, email, phone, Texts.optional("requester.company", r.company(), 200));
    }

    static String lang(PortalSubmission s) {
        return "en".equals(s.lang()) ? "en" : "ko";
    }
}
