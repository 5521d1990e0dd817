package kr.crm.customer.internal;

import kr.crm.api.common.ValidationException;
import kr.crm.api.identity.IdentityNormalizer;
import kr.crm.api.identity.Normalized;

/**
 * Checks of the identifying fields a person types in: unlike channel imports, which keep invalid
 * values flagged, the customer master refuses them with the reason.
 */
final class IdentityFields {
    private final IdentityNormalizer normalizer;

    IdentityFields(IdentityNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** A phone as entered (trimmed), which must fold to a plausible Korean number. */
    String phone(String field, String value) {
        String t = Fields.optionalLine(field, value, 40);
        if (t != null && !normalizer.phone(t).valid()) {
            throw new ValidationException(field, "is not a Korean phone number (e.g. 010-1234-5678 or 02-123-4567)");
        }
        return t;
    }

    String email(String field, String value) {
        String t = Fields.optionalLine(field, value, 254);
        if (t != null && !normalizer.email(t).valid()) {
            throw new ValidationException(field, "is not an e-mail address");
        }
        return t;
    }

    /** The 10 digits of a business registration number with a correct check digit. */
    String businessRegistrationNumber(String field, String value) {
        String t = Fields.optionalLine(field, value, 12);
        if (t == null) {
            return null;
        }
        Normalized brn = normalizer.businessRegistrationNumber(t);
        if (brn.canonical() == null) {
            throw new ValidationException(field, "must be 10 digits, e.g. 123-45-67891");
        }
        if (!brn.valid()) {
            throw new ValidationException(field, "has a wrong check digit");
        }
        return brn.canonical();
    }

    String nameKey(String name) {
        return normalizer.nameKey(name);
    }

    String phoneKey(String phone) {
        return normalizer.phone(phone).canonical();
    }

    String emailKey(String email) {
        return normalizer.email(email).canonical();
    }
}
