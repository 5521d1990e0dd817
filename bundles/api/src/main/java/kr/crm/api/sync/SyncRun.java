package kr.crm.api.sync;

import java.time.Instant;
import java.util.List;

/**
 * What one run of an address book did. Problems name cards by their href and contacts by their
 * key and say which field or step failed; they carry no names, phones or e-mails.
 *
 * @param id the run's number, 0 for a run that was not recorded ({@link RunStatus#BUSY})
 * @param addressBook the address book's configuration name
 * @param node the host node that ran it
 * @param trigger {@code schedule} or the user who asked for it
 * @param mode {@code incremental} (sync token), {@code full} (no or an invalid token) or
 *     {@code listing} (the server does not support sync-collection: ETags compared)
 * @param status how it ended
 * @param startedAt when it started
 * @param finishedAt when it ended
 * @param crm what it did in the CRM
 * @param groupware what it did on the server
 * @param problems what went wrong, one line each
 */
public record SyncRun(
        long id,
        String addressBook,
        String node,
        String trigger,
        String mode,
        RunStatus status,
        Instant startedAt,
        Instant finishedAt,
        SideCounts crm,
        SideCounts groupware,
        List<String> problems) {
}
