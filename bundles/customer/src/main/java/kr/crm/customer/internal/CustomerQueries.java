package kr.crm.customer.internal;

import java.util.Locale;
import kr.crm.api.common.ValidationException;
import kr.crm.api.customer.CustomerQuery;
import kr.crm.api.identity.IdentityNormalizer;

/** Turns a search as typed into the normalised criteria the store matches exactly. */
final class CustomerQueries {
    private final IdentityNormalizer normalizer;

    CustomerQueries(IdentityNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    CustomerQuery normalise(CustomerQuery q) {
        if (q.page() == null) {
            throw new ValidationException("page", "is required");
        }
        String text = Fields.optionalLine("q", q.text(), 200);
        String phone = Fields.optionalLine("phone", q.phone(), 40);
        String email = Fields.optionalLine("email", q.email(), 254);
        String brn = Fields.optionalLine("businessRegistrationNumber", q.businessRegistrationNumber(), 12);
        String key = Fields.optionalLine("key", q.key(), 16);
        return new CustomerQuery(
                text == null ? null : normalizer.nameKey(text),
                phone == null ? null : require("phone", normalizer.phone(phone).canonical(), "is not a phone number"),
                email == null ? null : require("email", normalizer.email(email).canonical(), "is not an e-mail address"),
                brn == null ? null : require("businessRegistrationNumber",
                        normalizer.businessRegistrationNumber(brn).canonical(), "must be 10 digits"),
                key == null ? null : key.toUpperCase(Locale.ROOT),
                q.kind(),
                Fields.optionalUsername("ownerRep", q.ownerRep()),
                q.page());
    }

    private static String require(String field, String value, String reason) {
        if (value == null) {
            throw new ValidationException(field, reason);
        }
        return value;
    }
}
