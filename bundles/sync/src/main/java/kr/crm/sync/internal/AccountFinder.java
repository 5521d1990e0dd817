package kr.crm.sync.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.crm.api.customer.CustomerDraft;
import kr.crm.api.customer.CustomerKind;
import kr.crm.api.customer.CustomerService;
import kr.crm.api.identity.IdentityNormalizer;
import kr.crm.api.store.SyncStore;

/**
 * The account a card's contact belongs to: the account of the card's organisation (same folded
 * name), else the account with an e-mail address at the card's e-mail domain (not a free-mail
 * domain), else a new account named after the organisation or the domain. A new account is made
 * with an idempotency key of its folded name, so two runs (or nodes) make it once.
 */
final class AccountFinder {
    static final Set<String> FREE_MAIL = Set.of("gmail.com", "naver.com", "daum.net", "hanmail.net", "kakao.com",
            "nate.com", "hotmail.com", "outlook.com", "yahoo.com", "yahoo.co.kr", "icloud.com", "korea.com");

    private final SyncStore store;
    private final CustomerService customers;
    private final IdentityNormalizer normalizer;
    private final String ownerRep;
    private final String fallbackName;
    private final Map<String, String> known = new HashMap<>();

    AccountFinder(SyncStore store, CustomerService customers, IdentityNormalizer normalizer, String ownerRep,
            String bookName) {
        this.store = store;
        this.customers = customers;
        this.normalizer = normalizer;
        this.ownerRep = ownerRep;
        this.fallbackName = "주소록 미분류 (" + bookName + ")";
    }

    String accountFor(String organization, String email, String address, String postalCode) {
        String domain = domainOf(email);
        String name = organization != null ? organization : domain != null ? domain : fallbackName;
        String nameKey = normalizer.nameKey(name);
        String cached = known.get(nameKey);
        if (cached != null) {
            return cached;
        }
        Optional<String> found = store.accountByNameKey(nameKey);
        if (found.isEmpty() && domain != null) {
            found = store.accountByEmailDomain(domain);
        }
        String key = found.orElseGet(() -> customers.create(new CustomerDraft(CustomerKind.COMPANY, name, null, null,
                null, null, null, null, null, organization == null ? null : address,
                organization == null || postalCode == null || !postalCode.matches("\\d{5}") ? null : postalCode,
                ownerRep, null, null, null), "carddav:account:" + digest(nameKey)).key());
        known.put(nameKey, key);
        return key;
    }

    static String domainOf(String email) {
        if (email == null || email.indexOf('@') < 0) {
            return null;
        }
        String d = email.substring(email.lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT);
        return d.isEmpty() || FREE_MAIL.contains(d) ? null : d;
    }

    static String digest(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
