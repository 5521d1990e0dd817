package kr.crm.sync.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import kr.crm.api.customer.CustomerService;
import kr.crm.api.identity.IdentityNormalizer;

/**
 * The organisation a card names (ORG) is the name of the contact's account in the CRM. Names are
 * compared folded ({@code (주)}, {@code 주식회사} and spacing do not count), so a card that spells its
 * company the groupware's way is not rewritten for that.
 */
final class Organizations {
    private final CustomerService customers;
    private final IdentityNormalizer normalizer;
    private final Map<String, String> names = new HashMap<>();

    Organizations(CustomerService customers, IdentityNormalizer normalizer) {
        this.customers = customers;
        this.normalizer = normalizer;
    }

    /** The account's name, or null if there is no such account. */
    String nameOf(String accountKey) {
        return names.computeIfAbsent(accountKey, k -> customers.find(k).map(c -> c.name()).orElse(null));
    }

    boolean same(String a, String b) {
        return a == null || b == null ? a == b : Objects.equals(normalizer.nameKey(a), normalizer.nameKey(b));
    }
}
