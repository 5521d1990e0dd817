package kr.crm.sync.internal;

import java.util.Map;
import java.util.Set;

/**
 * What changed on the server since the last run.
 *
 * @param changed href to ETag of every card created or changed (every card, after a full listing)
 * @param removed hrefs the server says are gone (sync-collection only)
 * @param complete true if {@code changed} lists every card of the book, so that a stored link
 *     missing from it is a card deleted on the server
 * @param token the new sync token, or null if the server has none
 * @param mode {@code incremental}, {@code full} or {@code listing}
 */
record Listing(Map<String, String> changed, Set<String> removed, boolean complete, String token, String mode) {

    Listing withMode(String newMode) {
        return new Listing(changed, removed, complete, token, newMode);
    }
}
