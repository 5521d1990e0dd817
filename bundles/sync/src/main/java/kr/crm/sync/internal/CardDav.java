package kr.crm.sync.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** One CardDAV address book on a server. Failures are {@link DavException}s; a 412 has status 412. */
interface CardDav {

    /**
     * What changed since {@code token}: an RFC 6578 sync-collection report if the server supports
     * it (a null or invalid token gives every card), else every card with its ETag (PROPFIND).
     */
    Listing changes(String token);

    /** The cards at these hrefs that still exist, fetched in few requests (addressbook-multiget). */
    List<RemoteCard> fetch(Collection<String> hrefs);

    /** The card at this href, if it exists. */
    Optional<RemoteCard> get(String href);

    /**
     * Writes a card: with {@code If-Match: etag}, or {@code If-None-Match: *} when {@code etag} is null.
     *
     * @return the new ETag, or null if the server did not say
     */
    String put(String href, String vcard, String etag);

    /** Deletes a card with {@code If-Match: etag}; a card already gone is no error. */
    void delete(String href, String etag);

    /** The href a new card with this file name gets in the book. */
    String hrefFor(String fileName);
}
