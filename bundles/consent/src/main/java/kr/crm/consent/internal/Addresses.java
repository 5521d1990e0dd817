package kr.crm.consent.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kr.crm.api.common.ValidationException;
import kr.crm.api.consent.Channel;
import kr.crm.api.identity.IdentityNormalizer;
import kr.crm.api.identity.Normalized;

/** Addresses and numbers normalised the identity way, so that an opt-out matches however the number was spelled. */
final class Addresses {
    private final IdentityNormalizer normalizer;

    Addresses(IdentityNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** The key of an address given for {@code channel} (null: e-mail if it has an @, else a phone number). */
    String key(String field, Channel channel, String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        if (address.length() > 320) {
            throw new ValidationException(field, "is longer than 320 characters");
        }
        Channel c = channel != null ? channel : address.contains("@") ? Channel.EMAIL : Channel.SMS;
        Normalized n = switch (c) {
            case EMAIL -> normalizer.email(address);
            case SMS, FAX -> normalizer.phone(address);
            case POST -> normalizer.address(address);
            case PUSH -> new Normalized(address, address.strip(), true);
        };
        if (!n.valid()) {
            throw new ValidationException(field, "is no valid " + (c == Channel.EMAIL ? "e-mail address"
                    : c == Channel.POST ? "postal address" : c == Channel.PUSH ? "device token" : "phone number"));
        }
        return c == Channel.PUSH ? "push:" + n.canonical() : n.canonical();
    }

    /** The keys of the given address and of the subject's own e-mail and phone, the invalid ones left out. */
    List<String> keysOf(Subject subject, Channel channel, String address) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(key("address", channel, address));
        keys.add(quiet(Channel.EMAIL, subject.email()));
        keys.add(quiet(Channel.SMS, subject.phone()));
        keys.remove(null);
        return List.copyOf(keys);
    }

    private String quiet(Channel channel, String address) {
        try {
            return key("address", channel, address);
        } catch (ValidationException e) {
            return null;
        }
    }
}
