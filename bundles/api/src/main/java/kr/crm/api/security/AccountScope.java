package kr.crm.api.security;

import java.util.Set;

/**
 * Which accounts (customers, and the contact persons of company accounts) a user may see: all of them,
 * or those owned by one of {@code owners}, those with an open task or open service request assigned to
 * {@code user}, and, if
 * {@code unowned}, those without an owner (the shared pool). Stores turn it into a predicate on the owner
 * column, so that lists and counts hold only visible rows (decision 191).
 *
 * @param all every account, the other fields unused
 * @param user whose open tasks and service requests make an account visible, null for none
 * @param owners the reps whose accounts are visible
 * @param unowned whether accounts without an owner are visible
 * @since 1.3
 */
public record AccountScope(boolean all, String user, Set<String> owners, boolean unowned) {
    private static final AccountScope EVERYTHING = new AccountScope(true, null, Set.of(), true);

    public AccountScope {
        owners = Set.copyOf(owners);
    }

    /** Every account. */
    public static AccountScope everything() {
        return EVERYTHING;
    }

    /**
     * Whether one account is in the scope, from its facts: the rule the stores' SQL predicate applies to sets of
     * accounts, for a single account whose facts were read.
     *
     * @param owner the account's owner, null if it has none
     * @param assignedToUser whether the account has an open task or open service request assigned to {@link #user}
     * @since 1.5
     */
    public boolean admits(String owner, boolean assignedToUser) {
        return all || (owner == null ? unowned : owners.contains(owner)) || user != null && assignedToUser;
    }

    /** The same scope without the shared pool of accounts that have no owner. */
    public AccountScope withoutUnowned() {
        return all ? this : new AccountScope(false, user, owners, false);
    }
}
