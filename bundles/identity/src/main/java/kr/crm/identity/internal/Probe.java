package kr.crm.identity.internal;

import java.util.EnumMap;
import java.util.Map;
import kr.crm.api.identity.IdentityNormalizer;
import kr.crm.api.identity.Normalized;
import kr.crm.api.order.PartyIdentity;
import kr.crm.api.store.IdentityKind;

/** A party's identifying values, normalised once. */
record Probe(String name, String nameKey, Normalized phone, Normalized email, Normalized brn, String hostNo,
        Normalized address) {

    static Probe of(PartyIdentity p, IdentityNormalizer n) {
        String name = p.name() == null || p.name().isBlank() ? null : p.name().strip();
        String host = p.hostCustomerNo() == null || p.hostCustomerNo().isBlank() ? null : p.hostCustomerNo().strip();
        return new Probe(name, n.nameKey(name), n.phone(p.phone()), n.email(p.email()),
                n.businessRegistrationNumber(p.businessRegistrationNumber()), host, n.address(p.address()));
    }

    /**
     * The canonical values a candidate may share; a BRN counts by its digits even if its check digit
     * fails. An address finds candidates but never links on its own (see {@link MatchScorer}).
     */
    Map<IdentityKind, String> strongValues() {
        Map<IdentityKind, String> values = new EnumMap<>(IdentityKind.class);
        if (hostNo != null) {
            values.put(IdentityKind.HOST_NO, hostNo);
        }
        if (brn.canonical() != null) {
            values.put(IdentityKind.BRN, brn.canonical());
        }
        if (phone.canonical() != null) {
            values.put(IdentityKind.PHONE, phone.canonical());
        }
        if (email.canonical() != null) {
            values.put(IdentityKind.EMAIL, email.canonical());
        }
        if (address.valid()) {
            values.put(IdentityKind.ADDRESS, address.canonical());
        }
        return values;
    }

    /** Enough to make a new customer from: a name. Enough to find one: a name or a strong value. */
    boolean usable() {
        return nameKey != null || hostNo != null || brn.canonical() != null || phone.canonical() != null
                || email.canonical() != null;
    }
}
