package kr.crm.customer.internal;

import kr.crm.api.common.ValidationException;
import kr.crm.api.customer.CustomerDraft;
import kr.crm.api.customer.CustomerKind;
import kr.crm.api.store.SearchKeys;

/** Checks every field of a customer draft and returns it cleaned (trimmed, blanks as null). */
final class CustomerValidator {
    private final IdentityFields identity;

    CustomerValidator(IdentityFields identity) {
        this.identity = identity;
    }

    CustomerDraft clean(CustomerDraft d) {
        if (d == null) {
            throw new ValidationException("body", "is required");
        }
        if (d.kind() == null) {
            throw new ValidationException("kind", "is required (PERSON or COMPANY)");
        }
        if (d.kind() == CustomerKind.COMPANY) {
            Fields.absent("birthday", d.birthday(), "is only for persons");
        } else {
            Fields.absent("businessRegistrationNumber", d.businessRegistrationNumber(), "is only for companies");
            Fields.absent("representative", d.representative(), "is only for companies");
            Fields.absent("foundedOn", d.foundedOn(), "is only for companies");
        }
        return new CustomerDraft(
                d.kind(),
                Fields.requiredLine("name", d.name(), 200),
                identity.phone("phone", d.phone()),
                identity.email("email", d.email()),
                identity.businessRegistrationNumber("businessRegistrationNumber", d.businessRegistrationNumber()),
                Fields.optionalLine("hostCustomerNo", d.hostCustomerNo(), 64),
                Fields.optionalLine("representative", d.representative(), 100),
                Fields.optionalLine("industry", d.industry(), 100),
                Fields.optionalLine("region", d.region(), 50),
                Fields.optionalLine("address", d.address(), 500),
                postalCode(d.postalCode()),
                Fields.optionalUsername("ownerRep", d.ownerRep()),
                Fields.optionalPastDate("foundedOn", d.foundedOn()),
                Fields.optionalPastDate("birthday", d.birthday()),
                Fields.optionalText("notes", d.notes(), 4000));
    }

    SearchKeys searchKeys(CustomerDraft clean) {
        return new SearchKeys(identity.nameKey(clean.name()), identity.phoneKey(clean.phone()),
                identity.emailKey(clean.email()));
    }

    private static String postalCode(String value) {
        String t = Fields.optionalLine("postalCode", value, 7);
        if (t != null && !t.matches("\\d{5}")) {
            throw new ValidationException("postalCode", "must be a 5-digit postal code");
        }
        return t;
    }
}
