package kr.crm.api.campaign;

import java.util.List;
import java.util.Map;

/**
 * A postal DM list of a segment: its members who may be sent advertising by post now and have a valid address,
 * and how many were left out for which reason.
 *
 * @param segmentId the segment
 * @param recipients the list, by postal code (how the post sorts it)
 * @param excluded reason to how many members it left out ({@code opted out}, {@code no lawful basis},
 *        {@code no valid postal address}, {@code held})
 * @since 0.2
 */
public record PostalList(long segmentId, List<PostalRecipient> recipients, Map<String, Long> excluded) {

    public PostalList {
        recipients = List.copyOf(recipients);
        excluded = Map.copyOf(excluded);
    }
}
