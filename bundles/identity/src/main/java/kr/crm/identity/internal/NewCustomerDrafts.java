package kr.crm.identity.internal;

import kr.crm.api.common.DigestKeys;
import kr.crm.api.common.ValidationException;
import kr.crm.api.customer.CustomerDraft;
import kr.crm.api.customer.CustomerKind;
import kr.crm.api.order.PartyIdentity;

/**
 * The customer-master record made for a party nobody matched: only values that pass their checks
 * go into it (the rest stay flagged in the identity index), and the create carries an idempotency
 * key derived from the party, so a retry after a failure finds the customer the first try made.
 */
final class NewCustomerDrafts {
    private NewCustomerDrafts() {
    }

    static CustomerDraft of(PartyIdentity party, Probe probe) {
        if (probe.name() == null) {
            throw new ValidationException("name", "is required to create a customer; no existing customer matched");
        }
        CustomerKind kind = party.kind() != null ? party.kind()
                : probe.brn().canonical() != null ? CustomerKind.COMPANY : CustomerKind.PERSON;
        boolean company = kind == CustomerKind.COMPANY;
        String postal = party.postalCode() != null && party.postalCode().strip().matches("\\d{5}")
                ? party.postalCode().strip() : null;
        String address = party.address() == null || party.address().isBlank() ? null : party.address().strip();
        return new CustomerDraft(kind, probe.name(),
                probe.phone().valid() ? probe.phone().entered() : null,
                probe.email().valid() ? probe.email().entered() : null,
                company && probe.brn().valid() ? probe.brn().canonical() : null,
                probe.hostNo(), null, null, null,
                address != null && address.length() <= 500 ? address : null, postal,
                null, null, null, null);
    }

    /** Same source and same identifying values: the same create. */
    static String idempotencyKey(String source, Probe probe) {
        String identity = String.join("|", source, String.valueOf(probe.nameKey()), String.valueOf(probe.hostNo()),
                String.valueOf(probe.brn().canonical()), String.valueOf(probe.phone().canonical()),
                String.valueOf(probe.email().canonical()));
        return "party:" + DigestKeys.of(identity, 32);
    }
}
