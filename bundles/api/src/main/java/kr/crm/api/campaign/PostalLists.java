package kr.crm.api.campaign;

import kr.crm.api.security.AccountScope;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Postal DM address lists of segments: only members with a lawful basis for advertising by post (consent, or the
 * transaction exception) and no opt-out, and only checked addresses.
 *
 * @since 0.2
 */
@ProviderType
public interface PostalLists {

    /**
     * The list of a segment's current members.
     *
     * @throws kr.crm.api.common.NotFoundException if there is no such segment
     */
    default PostalList ofSegment(long segmentId) {
        return ofSegment(segmentId, AccountScope.everything());
    }

    /**
     * The list of those of a segment's current members that {@code scope} lets through (a rep's book).
     *
     * @throws kr.crm.api.common.NotFoundException if there is no such segment
     * @since 0.3
     */
    PostalList ofSegment(long segmentId, AccountScope scope);
}
