package kr.crm.api.store;

import java.time.Instant;

/**
 * The link between one card of a CardDAV address book and one CRM contact person, with the card
 * as it was when both sides last agreed: the base of a three-way merge, and where properties the
 * CRM does not know are kept.
 *
 * @param addressBook the address book's configuration name
 * @param href the card's path on the server
 * @param uid the card's UID
 * @param etag the card's ETag when last read or written
 * @param contactKey the CRM contact person it is linked to
 * @param contactVersion the contact's version when both sides last agreed
 * @param baseVcard the card's text when both sides last agreed
 * @param syncedAt when that was
 * @since 2.2
 */
public record SyncCard(
        String addressBook,
        String href,
        String uid,
        String etag,
        String contactKey,
        long contactVersion,
        String baseVcard,
        Instant syncedAt) {
}
