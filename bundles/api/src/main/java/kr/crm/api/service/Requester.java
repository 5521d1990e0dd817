package kr.crm.api.service;

/**
 * Who asked through the customer portal, as typed there.
 *
 * @param name the person's name, required
 * @param email where replies and the follow link go, required
 * @param phone a phone number, optional
 * @param company the company the person asks for, optional; with it the company is the customer
 */
public record Requester(String name, String email, String phone, String company) {
}
