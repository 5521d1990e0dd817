package kr.crm.identity.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.customer.Customer;
import kr.crm.api.identity.CustomerSources;
import kr.crm.api.identity.Merge;
import kr.crm.api.identity.MergeService;
import kr.crm.api.store.CustomerStore;
import kr.crm.api.store.MergeStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = MergeService.class)
public final class DefaultMergeService implements MergeService {
    private final MergeStore merges;
    private final CustomerStore customers;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public DefaultMergeService(@Reference MergeStore merges, @Reference CustomerStore customers) {
        this.merges = merges;
        this.customers = customers;
    }

    @Override
    public Merge merge(String survivorKey, String mergedKey, String reason, String byUser) {
        Customer survivor = standing("survivorKey", survivorKey);
        Customer merged = standing("mergedKey", mergedKey);
        if (survivor.key().equals(merged.key())) {
            throw new ValidationException("mergedKey", "is the survivor itself");
        }
        if (survivor.kind() != merged.kind()) {
            throw new ValidationException("mergedKey", "is a " + merged.kind() + ", the survivor a " + survivor.kind());
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new ValidationException("reason", "is required, at most 500 characters");
        }
        return merges.merge(survivor.key(), merged.key(), why, byUser, clock.instant().truncatedTo(ChronoUnit.MILLIS))
                .orElseThrow(() -> new ValidationException("mergedKey", "was merged or changed meanwhile; look again"));
    }

    @Override
    public Merge undo(long mergeId, String byUser) {
        Merge merge = merges.find(mergeId).orElseThrow(() -> new NotFoundException("merge " + mergeId));
        if (merge.undoneAt() != null) {
            throw new ValidationException("mergeId", "is undone already");
        }
        Customer survivor = customers.findByKey(merge.survivorKey())
                .orElseThrow(() -> new NotFoundException("customer " + merge.survivorKey()));
        if (!survivor.key().equals(merge.survivorKey())) {
            throw new ValidationException("mergeId", "its survivor was merged into " + survivor.key()
                    + " since; undo that merge first");
        }
        return merges.undo(mergeId, byUser, clock.instant().truncatedTo(ChronoUnit.MILLIS))
                .orElseThrow(() -> new ValidationException("mergeId", "is undone already"));
    }

    @Override
    public List<Merge> mergesOf(String customerKey) {
        return merges.mergesOf(key(customerKey));
    }

    @Override
    public CustomerSources sourcesOf(String customerKey) {
        Customer customer = customers.findByKey(key(customerKey))
                .orElseThrow(() -> new NotFoundException("customer " + customerKey));
        return new CustomerSources(customer.key(), merges.aliasesOf(customer.key()), merges.valuesOf(customer.key()));
    }

    /** A customer that exists under this very key, not merged into another. */
    private Customer standing(String field, String key) {
        Customer c = customers.findByKey(key(key)).orElseThrow(() -> new NotFoundException("customer " + key));
        if (!c.key().equals(key(key))) {
            throw new ValidationException(field, "was merged into " + c.key() + " already");
        }
        return c;
    }

    private static String key(String key) {
        if (key == null || key.isBlank()) {
            throw new ValidationException("key", "is required");
        }
        return key.strip().toUpperCase(Locale.ROOT);
    }
}
