package kr.crm.api.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.crm.api.customer.ContactPerson;
import kr.crm.api.sync.SyncRun;
import kr.crm.api.security.AccountScope;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Storage of the CardDAV sync: per address book its sync token and its card links, the runs, and
 * the contact look-ups the sync needs. Each method is one transaction.
 *
 * @since 2.2
 */
@ProviderType
public interface SyncStore {

    /** The RFC 6578 sync token of the address book's last complete run, if any. */
    Optional<String> syncToken(String addressBook);

    /** Stores the sync token, or forgets it when {@code token} is null. */
    void saveSyncToken(String addressBook, String token);

    /** Every card link of the address book, without the base vCard ({@code baseVcard} is null). */
    List<SyncCard> cards(String addressBook);

    /** The links of these cards that exist, without base vCards. @since 2.3 */
    List<SyncCard> cards(String addressBook, Collection<String> hrefs);

    /**
     * The links whose contact changed in the CRM since the link was stored (its version is not the
     * linked one) or no longer exists; without base vCards.
     *
     * @since 2.3
     */
    List<SyncCard> changedCards(String addressBook);

    /**
     * The links whose contact's account was changed in the CRM (renamed, for instance) after the
     * link was stored, by href.
     *
     * @since 2.3
     */
    Set<String> accountChangedCards(String addressBook);

    /** How many cards of the address book are linked. @since 2.3 */
    int cardCount(String addressBook);

    /** Of these contact persons, those linked to a card of the address book. @since 2.3 */
    Set<String> linkedContacts(String addressBook, Collection<String> contactKeys);

    /** The base vCards of these links, by href. */
    Map<String, String> baseVcards(String addressBook, Collection<String> hrefs);

    /** Inserts or replaces the links of {@code card.href()}, in one transaction. */
    void saveCards(List<SyncCard> cards);

    /**
     * The hrefs of the book's cards whose contact was destroyed by the purge or a data-subject erasure: the sync
     * deletes them on the server whatever was edited there, and never takes them back into the CRM.
     *
     * @since 2.9
     */
    default Set<String> purgedCards(String addressBook) {
        return Set.of();
    }

    /** Removes the link of one card. */
    void deleteCard(String addressBook, String href);

    /**
     * Contact persons of accounts (companies, not merged away) that belong in an address book: owned
     * by {@code ownerRep} if it is given, and of one of {@code grades} if any are given.
     */
    List<ContactPerson> selectedContacts(String ownerRep, Collection<String> grades);

    /**
     * Those of {@link #selectedContacts} that no card of the address book links yet.
     *
     * @since 2.3
     */
    List<ContactPerson> unlinkedContacts(String addressBook, String ownerRep, Collection<String> grades);

    /** The contact persons with these keys that exist. */
    List<ContactPerson> contacts(Collection<String> contactKeys);

    /**
     * The contact persons whose canonical phone is one of {@code phoneKeys} or whose canonical
     * e-mail is one of {@code emailKeys}, oldest first, with those canonical values.
     */
    List<ContactIdentity> contactIdentities(Collection<String> phoneKeys, Collection<String> emailKeys);

    /** The oldest account (a company, not merged away) of each of these folded names that has one. */
    Map<String, String> accountsByNameKeys(Collection<String> nameKeys);

    /** The oldest account (a company, not merged away) whose folded name is {@code nameKey}. */
    Optional<String> accountByNameKey(String nameKey);

    /** The oldest account (a company, not merged away) with an e-mail address at {@code domain}. */
    Optional<String> accountByEmailDomain(String domain);

    /** Records a run. @return its number */
    long saveRun(SyncRun run);

    /** The latest runs of an address book, newest first. */
    List<SyncRun> runs(String addressBook, int limit);

    /**
     * As {@link #selectedContacts(String, Collection)}, with the accounts {@code scope} lets through instead of
     * one owner; a null scope means every account.
     *
     * @since 2.8
     */
    default List<ContactPerson> selectedContacts(AccountScope scope, Collection<String> grades) {
        throw new UnsupportedOperationException("scoped selection");
    }

    /**
     * As {@link #unlinkedContacts(String, String, Collection)}, with a scope instead of one owner.
     *
     * @since 2.8
     */
    default List<ContactPerson> unlinkedContacts(String addressBook, AccountScope scope, Collection<String> grades) {
        throw new UnsupportedOperationException("scoped selection");
    }
}
