package kr.crm.persistence.internal;

/**
 * What decides whether one account is visible to a user (decision 268).
 *
 * @param owner the account's owner, null if it has none
 * @param assigned whether it has an open task or open service request assigned to the user asked about
 */
record AccountFacts(String owner, boolean assigned) {
}
