package kr.crm.api.campaign;

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
    PostalList ofSegment(long segmentId);
}
