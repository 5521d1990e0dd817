package kr.crm.api.consent;

import java.time.Instant;

/**
 * A stored opt-out. Opt-outs are never deleted; a later consent does not lift one (the person consents again by
 * a new consent recorded after it, which the eligibility rule weighs by time).
 *
 * @param id record id
 * @param customerKey the key it was given for, or null
 * @param channel the channel, or null for all
 * @param addressKey the normalised address or number, or null
 * @param method how it was given
 * @param evidence where the proof is
 * @param at when it was recorded
 * @param by who recorded it ({@code unsubscribe-link} for the public link)
 * @param noticeSentAt when the confirmation notice was handed to the outbox, null if not yet
 */
public record OptOut(long id, String customerKey, Channel channel, String addressKey, ConsentMethod method,
        String evidence, Instant at, String by, Instant noticeSentAt) {
}
