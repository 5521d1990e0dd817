package kr.crm.identity.internal;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import kr.crm.api.identity.IdentityNormalizer;
import kr.crm.api.identity.Normalized;
import kr.crm.api.order.PartyIdentity;
import kr.crm.api.store.IdentityRow;
import org.osgi.service.component.annotations.Component;

@Component(service = IdentityNormalizer.class)
public final class DefaultIdentityNormalizer implements IdentityNormalizer {

    @Override
    public Normalized phone(String entered) {
        return normalized(entered, PhoneNumbers::canonical, canonical -> canonical != null);
    }

    @Override
    public Normalized email(String entered) {
        return normalized(entered, EmailAddresses::canonical, canonical -> canonical != null);
    }

    @Override
    public Normalized businessRegistrationNumber(String entered) {
        return normalized(entered, BusinessRegistrationNumbers::digits,
                digits -> digits != null && BusinessRegistrationNumbers.hasValidCheckDigit(digits));
    }

    @Override
    public Normalized address(String entered) {
        return normalized(entered, Addresses::canonical, Addresses::hasNumber);
    }

    /** Trims, folds, checks; a value that fails its check is kept as entered and flagged. */
    private static Normalized normalized(String entered, UnaryOperator<String> fold, Predicate<String> valid) {
        String t = trimmed(entered);
        if (t == null) {
            return Normalized.ABSENT;
        }
        String canonical = fold.apply(t);
        return new Normalized(t, canonical, valid.test(canonical));
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
