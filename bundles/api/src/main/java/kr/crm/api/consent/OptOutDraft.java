package kr.crm.api.consent;

/**
 * A 수신거부: stops every advertising message at once. Keyed on the customer key, on the address or number, or both.
 *
 * @param customerKey the customer or contact person key, or null
 * @param channel the channel it stops, or null for every channel
 * @param address the e-mail address or phone number as the person gave it, or null
 * @param method how it was given
 * @param evidence where the proof is
 */
public record OptOutDraft(String customerKey, Channel channel, String address, ConsentMethod method,
        String evidence) {
}
