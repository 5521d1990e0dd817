package kr.crm.api.store;

/**
 * Who a planned task of an account goes to and names.
 *
 * @param accountKey the account
 * @param ownerRep its owner rep, null if it has none (then no task is planned)
 * @param contactKey the contact person a task names: the account's most recently updated one, null if none
 * @since 2.2
 */
public record AccountOwner(String accountKey, String ownerRep, String contactKey) {
}
