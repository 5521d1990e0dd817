package kr.crm.customer.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.Page;
import kr.crm.api.common.StaleVersionException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.customer.Customer;
import kr.crm.api.customer.CustomerDraft;
import kr.crm.api.customer.CustomerQuery;
import kr.crm.api.customer.CustomerService;
import kr.crm.api.identity.IdentityNormalizer;
import kr.crm.api.order.PartyIdentity;
import kr.crm.api.security.AccountScope;
import kr.crm.api.store.CustomerStore;
import kr.crm.api.store.IdentityStore;
import kr.crm.api.store.SearchKeys;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = CustomerService.class)
public final class DefaultCustomerService implements CustomerService {
    /** The source name under which the customer master's own values are indexed. */
    static final String MASTER_SOURCE = "crm";

    private final CustomerStore store;
    private final IdentityStore identities;
    private final IdentityNormalizer normalizer;
    private final Clock clock;
    private final CustomerValidator validator;
    private final CustomerQueries queries;
    private final KeyGenerator keys = new KeyGenerator('C');

    @Activate
    public DefaultCustomerService(@Reference CustomerStore store, @Reference IdentityStore identities,
            @Reference IdentityNormalizer normalizer) {
        this(store, identities, normalizer, Clock.systemUTC());
    }

    DefaultCustomerService(CustomerStore store, IdentityStore identities, IdentityNormalizer normalizer, Clock clock) {
        this.store = store;
        this.identities = identities;
        this.normalizer = normalizer;
        this.clock = clock;
        this.validator = new CustomerValidator(new IdentityFields(normalizer));
        this.queries = new CustomerQueries(normalizer);
    }

    @Override
    public Customer create(CustomerDraft draft, String idempotencyKey) {
        CustomerDraft clean = validator.clean(draft);
        String idem = Idempotency.clean(idempotencyKey);
        SearchKeys searchKeys = validator.searchKeys(clean);
        Instant now = now();
        Customer created = FreshKeys.insert(keys,
                () -> idem == null ? Optional.empty() : store.findByIdempotencyKey(idem),
                key -> Customer.of(key, clean, 1, now, now),
                customer -> store.insert(customer, searchKeys, idem), "customer");
        remember(created); // repeats are harmless: the index only marks values seen again
        return created;
    }

    @Override
    public List<Customer> createAll(List<CustomerDraft> drafts, List<String> idempotencyKeys) {
        if (drafts.size() != idempotencyKeys.size()) {
            throw new IllegalArgumentException("one idempotency key (or null) per draft");
        }
        List<CustomerDraft> clean = new ArrayList<>(drafts.size());
        List<String> idems = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            try {
                clean.add(validator.clean(drafts.get(i)));
                idems.add(Idempotency.clean(idempotencyKeys.get(i)));
            } catch (ValidationException e) {
                throw new ValidationException("[" + i + "]." + e.field(), e.getMessage());
            }
        }
        Instant now = now();
        for (int attempt = 0; attempt < FreshKeys.ATTEMPTS; attempt++) {
            NewCustomers batch = new NewCustomers(store.findByIdempotencyKeys(
                    idems.stream().filter(Objects::nonNull).collect(Collectors.toSet())));
            for (int i = 0; i < clean.size(); i++) {
                batch.add(clean.get(i), idems.get(i), () -> keys.next(), now, validator::searchKeys);
            }
            if (store.insertAll(batch.fresh(), batch.freshKeys(), batch.freshIdems())) {
                return batch.all();
            }
        }
        throw new IllegalStateException("no free customer keys after " + FreshKeys.ATTEMPTS + " attempts");
    }

    @Override
    public Optional<Customer> find(String key) {
        String k = key == null ? null : key.strip().toUpperCase(java.util.Locale.ROOT);
        // a key that fails its check character cannot exist: no need to ask the database
        return keys.isWellFormed(k) ? store.findByKey(k) : Optional.empty();
    }

    @Override
    public Customer update(String key, long expectedVersion, CustomerDraft draft) {
        CustomerDraft clean = validator.clean(draft);
        Customer current = find(key).orElseThrow(() -> new NotFoundException("customer " + key));
        if (current.kind() != clean.kind()) {
            throw new ValidationException("kind", "cannot be changed once a customer exists");
        }
        if (current.version() != expectedVersion) {
            throw new StaleVersionException("customer " + key, current.version());
        }
        Customer updated = Customer.of(current.key(), clean, expectedVersion + 1, current.createdAt(), now());
        if (!store.update(updated, validator.searchKeys(clean), expectedVersion)) {
            long now = find(key).map(Customer::version).orElseThrow(() -> new NotFoundException("customer " + key));
            throw new StaleVersionException("customer " + key, now);
        }
        remember(updated);
        return updated;
    }

    @Override
    public Page<Customer> search(CustomerQuery query) {
        return store.search(queries.normalise(query));
    }

    @Override
    public Page<Customer> search(CustomerQuery query, AccountScope scope) {
        return store.search(queries.normalise(query), scope);
    }

    /** The master record is a source too: channels' orders must find customers created here. */
    private void remember(Customer c) {
        PartyIdentity party = new PartyIdentity(c.kind(), c.name(), c.phone(), c.email(),
                c.businessRegistrationNumber(), c.hostCustomerNo(), c.address(), c.postalCode());
        identities.record(normalizer.indexRows(c.key(), MASTER_SOURCE, party), now());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
