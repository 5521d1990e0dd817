package kr.crm.identity.internal;

import java.util.List;
import kr.crm.api.identity.IdentityNormalizer;
import kr.crm.api.identity.Normalized;
import kr.crm.api.order.PartyIdentity;
import kr.crm.api.store.IdentityRow;
import org.osgi.service.component.annotations.Component;

@Component(service = IdentityNormalizer.class)
public final class DefaultIdentityNormalizer implements IdentityNormalizer {

    @Override
    public Normalized phone(String entered) {
        String t = trimmed(entered);
        if (t == null) {
            return Normalized.ABSENT;
        }
        String canonical = PhoneNumbers.canonical(t);
        return new Normalized(t, canonical, canonical != null);
    }

    @Override
    public Normalized email(String entered) {
        String t = trimmed(entered);
        if (t == null) {
            return Normalized.ABSENT;
        }
        String canonical = EmailAddresses.canonical(t);
        return new Normalized(t, canonical, canonical != null);
    }

    @Override
    public Normalized businessRegistrationNumber(String entered) {
        String t = trimmed(entered);
        if (t == null) {
            return Normalized.ABSENT;
        }
        String digits = BusinessRegistrationNumbers.digits(t);
        return new Normalized(t, digits, digits != null && BusinessRegistrationNumbers.hasValidCheckDigit(digits));
    }

    @Override
    public Normalized address(String entered) {
        String t = trimmed(entered);
        if (t == null) {
            return Normalized.ABSENT;
        }
        String canonical = Addresses.canonical(t);
        return new Normalized(t, canonical, Addresses.hasNumber(canonical));
    }

    @Override
    public String nameKey(String entered) {
        String key = Names.searchKey(entered);
        return key == null || key.isEmpty() ? null : key;
    }

    @Override
    public List<IdentityRow> indexRows(String customerKey, String source, PartyIdentity party) {
        return IdentityRows.of(customerKey, source, Probe.of(party, this));
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
