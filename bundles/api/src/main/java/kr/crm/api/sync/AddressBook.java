package kr.crm.api.sync;

import java.util.List;

/**
 * One configured CardDAV address book, as shown to users: never its password.
 *
 * @param name the configuration's unique name, e.g. {@code rep.kim}
 * @param serverUrl base URL of the CardDAV server
 * @param path the address book's collection path on the server
 * @param user the user the CRM signs in as
 * @param direction which way changes flow
 * @param ownerRep contacts of accounts this rep owns belong in the book; null for no such rule
 * @param grades contacts of accounts of these grades belong in the book; empty for no such rule
 * @param intervalMinutes minutes between scheduled runs; 0 for manual runs only
 * @param deleteGuardShare the largest share (0-1) of the book's linked cards a run may delete
 */
public record AddressBook(
        String name,
        String serverUrl,
        String path,
        String user,
        SyncDirection direction,
        String ownerRep,
        List<String> grades,
        int intervalMinutes,
        double deleteGuardShare) {
}
