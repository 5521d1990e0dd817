package kr.crm.customer.internal;

import kr.crm.api.common.ValidationException;
import kr.crm.api.customer.ContactPersonDraft;
import kr.crm.api.store.SearchKeys;

/** Checks every field of a contact-person draft and returns it cleaned. */
final class ContactPersonValidator {
    private final IdentityFields identity;

    ContactPersonValidator(IdentityFields identity) {
        this.identity = identity;
    }

    ContactPersonDraft clean(ContactPersonDraft d) {
        if (d == null) {
            throw new ValidationException("body", "is required");
        }
        return new ContactPersonDraft(
                Fields.requiredLine("name", d.name(), 100),
                Fields.optionalLine("title", d.title(), 100),
                Fields.optionalLine("department", d.department(), 100),
                identity.phone("phone", d.phone()),
                identity.phone("mobile", d.mobile()),
                identity.email("email", d.email()),
                Fields.optionalPastDate("birthday", d.birthday()),
                Fields.optionalText("notes", d.notes(), 4000));
    }

    /** The mobile number is the one people search by; the office line when there is none. */
    SearchKeys searchKeys(ContactPersonDraft clean) {
        String phone = clean.mobile() != null ? clean.mobile() : clean.phone();
        return new SearchKeys(identity.nameKey(clean.name()), identity.phoneKey(phone), identity.emailKey(clean.email()));
    }
}
