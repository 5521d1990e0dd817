package kr.crm.sync.internal;

import java.time.Instant;

/**
 * A card as the server holds it.
 *
 * @param href its path on the server
 * @param etag its ETag
 * @param text the vCard text
 * @param lastModified when the server last changed it, or null if it does not say
 */
record RemoteCard(String href, String etag, String text, Instant lastModified) {
}
