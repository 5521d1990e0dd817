package kr.crm.sync.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.store.SyncStore;
import kr.crm.api.sync.AddressBook;
import kr.crm.api.sync.ContactSync;
import kr.crm.api.sync.SyncRun;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The address books configured on this node, by name. */
@Component(service = ContactSync.class)
public final class DefaultContactSync implements ContactSync {
    private final SyncStore store;
    private final List<ConfiguredAddressBook> books = new CopyOnWriteArrayList<>();

    @Activate
    public DefaultContactSync(@Reference SyncStore store) {
        this.store = store;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addBook(ConfiguredAddressBook book) {
        books.add(book);
    }

    void removeBook(ConfiguredAddressBook book) {
        books.remove(book);
    }

    @Override
    public List<AddressBook> addressBooks() {
        return books.stream().map(ConfiguredAddressBook::view).sorted(Comparator.comparing(AddressBook::name)).toList();
    }

    @Override
    public Optional<AddressBook> addressBook(String name) {
        return find(name).map(ConfiguredAddressBook::view);
    }

    @Override
    public SyncRun runNow(String name, String trigger) {
        return find(name).orElseThrow(() -> new NotFoundException("address book " + name)).run(trigger);
    }

    @Override
    public List<SyncRun> runs(String name, int limit) {
        if (limit < 1 || limit > 200) {
            throw new ValidationException("limit", "must be 1-200");
        }
        find(name).orElseThrow(() -> new NotFoundException("address book " + name));
        return store.runs(name, limit);
    }

    private Optional<ConfiguredAddressBook> find(String name) {
        return books.stream().filter(b -> b.view().name().equals(name)).findFirst();
    }
}
