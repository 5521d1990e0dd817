package kr.crm.sync.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.crm.api.common.DigestKeys;
import kr.crm.api.customer.Customer;
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

    /** Where a card's contact goes: its organisation, e-mail, address and postal code. */
    record Wish(String organization, String email, String address, String postalCode) {
    }

    /**
     * Finds or makes the accounts of many cards at once: existing ones in one query, missing ones
     * in one {@code createAll}. A wish it cannot settle so is left to {@link #accountFor}.
     */
    void prepare(List<Wish> wishes) {
        Map<String, Wish> byKey = new LinkedHashMap<>();
        for (Wish w : wishes) {
            if (w.organization() != null) {
                String key = normalizer.nameKey(w.organization());
                if (key != null && !known.containsKey(key)) {
                    byKey.putIfAbsent(key, w);
                }
            }
        }
        if (byKey.isEmpty()) {
            return;
        }
        known.putAll(store.accountsByNameKeys(byKey.keySet()));
        List<String> missing = byKey.keySet().stream().filter(k -> !known.containsKey(k)).toList();
        if (missing.isEmpty()) {
            return;
        }
        try {
            List<Customer> made = customers.createAll(missing.stream().map(k -> draft(byKey.get(k).organization(),
                    byKey.get(k))).toList(), missing.stream().map(k -> "carddav:account:" + digest(k)).toList());
            for (int i = 0; i < missing.size(); i++) {
                known.put(missing.get(i), made.get(i).key());
            }
        } catch (RuntimeException e) {
            // one bad organisation refuses the whole call: accountFor takes them one by one
        }
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
        String key = found.orElseGet(() -> customers.create(draft(name,
                new Wish(organization, email, address, postalCode)), "carddav:account:" + digest(nameKey)).key());
        known.put(nameKey, key);
        return key;
    }

    private CustomerDraft draft(String name, Wish w) {
        boolean org = w.organization() != null;
        String postal = org && w.postalCode() != null && w.postalCode().matches("\\d{5}") ? w.postalCode() : null;
        return new CustomerDraft(CustomerKind.COMPANY, name, null, null, null, null, null, null, null,
                org ? w.address() : null, postal, ownerRep, null, null, null);
    }

    static String domainOf(String email) {
        if (email == null || email.indexOf('@') < 0) {
            return null;
        }
        String d = email.substring(email.lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT);
        return d.isEmpty() || FREE_MAIL.contains(d) ? null : d;
    }

    /** 20 bytes of the text's digest, in letters ({@link DigestKeys}: never read as a registration number). */
    static String digest(String s) {
        return DigestKeys.of(s, 20);
    }
}
