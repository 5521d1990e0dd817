package kr.crm.api.service;

import java.time.Instant;

/**
 * What the customer gets back for a submission: the reference and the token of the follow link.
 *
 * @param reference the request's reference number
 * @param token signed, expiring token for {@code /portal/request.html?t=...}
 * @param expiresAt when the token stops working
 */
public record PortalReceipt(String reference, String token, Instant expiresAt) {
}
