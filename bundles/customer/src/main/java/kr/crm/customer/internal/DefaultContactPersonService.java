package kr.crm.customer.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.Page;
import kr.crm.api.common.PageRequest;
import kr.crm.api.common.StaleVersionException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.customer.ContactPerson;
import kr.crm.api.customer.ContactPersonDraft;
import kr.crm.api.customer.ContactPersonService;
import kr.crm.api.customer.Customer;
import kr.crm.api.customer.CustomerKind;
import kr.crm.api.identity.IdentityNormalizer;
import kr.crm.api.store.ContactPersonStore;
import kr.crm.api.store.CustomerStore;
import kr.crm.api.store.SearchKeys;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ContactPersonService.class)
public final class DefaultContactPersonService implements ContactPersonService {

    private final ContactPersonStore store;
    private final CustomerStore customers;
    private final Clock clock;
    private final ContactPersonValidator validator;
    private final KeyGenerator keys = new KeyGenerator('P');

    @Activate
    public DefaultContactPersonService(@Reference ContactPersonStore store, @Reference CustomerStore customers,
            @Reference IdentityNormalizer normalizer) {
        this(store, customers, normalizer, Clock.systemUTC());
    }

    DefaultContactPersonService(ContactPersonStore store, CustomerStore customers, IdentityNormalizer normalizer,
            Clock clock) {
        this.store = store;
        this.customers = customers;
        this.clock = clock;
        this.validator = new ContactPersonValidator(new IdentityFields(normalizer));
    }

    @Override
    public ContactPerson create(String accountKey, ContactPersonDraft draft, String idempotencyKey) {
        ContactPersonDraft clean = validator.clean(draft);
        String idem = Idempotency.clean(idempotencyKey);
        // a merged account key resolves to its survivor: the contact goes there
        String account = requireAccount(accountKey).key();
        SearchKeys searchKeys = validator.searchKeys(clean);
        Instant now = now();
        return FreshKeys.insert(keys,
                () -> idem == null ? Optional.empty() : store.findByIdempotencyKey(idem),
                key -> ContactPerson.of(key, account, clean, 1, now, now),
                person -> store.insert(person, searchKeys, idem), "contact");
    }

    @Override
    public List<ContactPerson> createAll(List<String> accountKeys, List<ContactPersonDraft> drafts,
            List<String> idempotencyKeys) {
        int n = drafts.size();
        List<ContactPersonDraft> clean = new ArrayList<>(n);
        List<String> idems = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            try {
                clean.add(validator.clean(drafts.get(i)));
                idems.add(Idempotency.clean(idempotencyKeys.get(i)));
            } catch (ValidationException e) {
                throw new ValidationException("[" + i + "]." + e.field(), e.getMessage());
            }
        }
        Map<String, String> accounts = new HashMap<>();
        for (String key : accountKeys) {
            accounts.computeIfAbsent(key, k -> requireAccount(k).key());
        }
        Map<String, ContactPerson> earlier = store.findByIdempotencyKeys(idems);
        for (int attempt = 0; attempt < FreshKeys.ATTEMPTS; attempt++) {
            Instant now = now();
            List<ContactPerson> result = new ArrayList<>(n);
            List<ContactPerson> fresh = new ArrayList<>();
            List<SearchKeys> freshKeys = new ArrayList<>();
            List<String> freshIdems = new ArrayList<>();
            Map<String, ContactPerson> inThisCall = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String idem = idems.get(i);
                ContactPerson made = idem == null ? null : earlier.getOrDefault(idem, inThisCall.get(idem));
                if (made == null) {
                    made = ContactPerson.of(keys.next(), accounts.get(accountKeys.get(i)), clean.get(i), 1, now, now);
                    fresh.add(made);
                    freshKeys.add(validator.searchKeys(clean.get(i)));
                    freshIdems.add(idem);
                    if (idem != null) {
                        inThisCall.put(idem, made);
                    }
                }
                result.add(made);
            }
            if (store.insertAll(fresh, freshKeys, freshIdems)) {
                return result;
            }
            // a key collision or a concurrent create with one of the idempotency keys: look again
            earlier = store.findByIdempotencyKeys(idems);
        }
        throw new IllegalStateException("no free contact keys after " + FreshKeys.ATTEMPTS + " attempts");
    }

    @Override
    public Optional<ContactPerson> find(String key) {
        String k = key == null ? null : key.strip().toUpperCase(java.util.Locale.ROOT);
        // a key that fails its check character cannot exist: no need to ask the database
        return keys.isWellFormed(k) ? store.findByKey(k) : Optional.empty();
    }

    @Override
    public ContactPerson update(String key, long expectedVersion, ContactPersonDraft draft) {
        ContactPersonDraft clean = validator.clean(draft);
        ContactPerson current = find(key).orElseThrow(() -> new NotFoundException("contact person " + key));
        if (current.version() != expectedVersion) {
            throw new StaleVersionException("contact person " + key, current.version());
        }
        ContactPerson updated = current.changed(clean, expectedVersion + 1, now());
        if (!store.update(updated, validator.searchKeys(clean), expectedVersion)) {
            long now = find(key).map(ContactPerson::version)
                    .orElseThrow(() -> new NotFoundException("contact person " + key));
            throw new StaleVersionException("contact person " + key, now);
        }
        return updated;
    }

    @Override
    public void delete(String key, long expectedVersion) {
        ContactPerson current = find(key).orElseThrow(() -> new NotFoundException("contact person " + key));
        if (current.version() != expectedVersion || !store.delete(current.key(), expectedVersion)) {
            long now = find(key).map(ContactPerson::version)
                    .orElseThrow(() -> new NotFoundException("contact person " + key));
            throw new StaleVersionException("contact person " + key, now);
        }
    }

    @Override
    public Page<ContactPerson> listForAccount(String accountKey, PageRequest page) {
        return store.listForAccount(requireAccount(accountKey).key(), page);
    }

    private Customer requireAccount(String accountKey) {
        var account = accountKey == null ? Optional.<Customer>empty()
                : customers.findByKey(accountKey);
        if (account.isEmpty()) {
            throw new NotFoundException("account " + accountKey);
        }
        if (account.get().kind() != CustomerKind.COMPANY) {
            throw new ValidationException("accountKey", "is a person, not a company; only accounts have contact persons");
        }
        return account.get();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
