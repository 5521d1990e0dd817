package kr.crm.api.sync;

import java.util.List;
import java.util.Optional;
import kr.crm.api.common.NotFoundException;
import org.osgi.annotation.versioning.ProviderType;

/** The configured CardDAV address books, their runs, and a run on demand. */
@ProviderType
public interface ContactSync {

    /** Every configured address book, ordered by name. */
    List<AddressBook> addressBooks();

    /** The address book with this configuration name, if configured on this node. */
    Optional<AddressBook> addressBook(String name);

    /**
     * Runs the address book now and waits for the run to end. If a run is already under way on
     * any node the answer has status {@link RunStatus#BUSY} and nothing is done.
     *
     * @param trigger who asked for it, recorded with the run
     * @throws NotFoundException if no such address book is configured
     */
    SyncRun runNow(String name, String trigger);

    /**
     * The latest runs of an address book, newest first.
     *
     * @param limit at most this many, 1-200
     */
    List<SyncRun> runs(String name, int limit);
}
