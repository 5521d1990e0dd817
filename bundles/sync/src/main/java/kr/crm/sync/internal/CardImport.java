package kr.crm.sync.internal;

import static kr.crm.sync.internal.Tally.CREATED;
import static kr.crm.sync.internal.Tally.ERRORS;

import ezvcard.VCard;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.crm.api.common.ValidationException;
import kr.crm.api.customer.ContactPerson;
import kr.crm.api.customer.ContactPersonDraft;
import kr.crm.api.customer.ContactPersonService;
import kr.crm.api.identity.IdentityNormalizer;
import kr.crm.api.identity.Normalized;
import kr.crm.api.store.ContactIdentity;
import kr.crm.api.store.SyncStore;

/**
 * Cards the CRM has no link for, taken into the CRM: matched to an existing contact person by
 * phone or e-mail (decision 71), or made new contacts under the account of their organisation.
 */
final class CardImport {
    private static final int CHUNK = 500;

    private final SyncStore store;
    private final ContactPersonService contacts;
    private final IdentityNormalizer normalizer;
    private final AccountFinder accounts;
    private final String book;
    private final LinkLedger ledger;
    private final Reconciler reconciler;
    private final Tally tally;
    private final Map<String, String> contactByPhone = new HashMap<>();
    private final Map<String, String> contactByEmail = new HashMap<>();

    CardImport(SyncStore store, ContactPersonService contacts, IdentityNormalizer normalizer, AccountFinder accounts,
            String book, LinkLedger ledger, Reconciler reconciler, Tally tally) {
        this.store = store;
        this.contacts = contacts;
        this.normalizer = normalizer;
        this.accounts = accounts;
        this.book = book;
        this.ledger = ledger;
        this.reconciler = reconciler;
        this.tally = tally;
    }

    /**
     * Cards with no link: each is linked to the contact with the same phone or e-mail if there is
     * one, the others become new contacts, created in chunks (one by one if a chunk is refused, so
     * that one bad card does not stop the rest).
     */
    void cards(List<RemoteCard> cards) {
        Map<String, VCard> parsed = new LinkedHashMap<>();
        for (RemoteCard card : cards) {
            VCard vcard = tally.parsed(card);
            if (vcard != null) {
                parsed.put(card.href(), vcard);
            }
        }
        knownIdentities(parsed.values());
        List<RemoteCard> unmatched = new ArrayList<>();
        for (RemoteCard card : cards) {
            VCard vcard = parsed.get(card.href());
            if (vcard != null) {
                tally.guarded("card " + card.href(), () -> {
                    Optional<ContactPerson> match = identityMatch(VCards.fields(vcard));
                    if (match.isPresent()) {
                        reconciler.reconcile(card.href(), null, match.get(), card);
                    } else {
                        unmatched.add(card);
                    }
                });
            }
        }
        accounts.prepare(unmatched.stream().map(c -> wish(parsed.get(c.href()))).toList());
        List<NewContact> batch = new ArrayList<>();
        for (RemoteCard card : unmatched) {
            tally.guarded("card " + card.href(), () -> batch.add(prepare(card, parsed.get(card.href()))));
        }
        for (int from = 0; from < batch.size(); from += CHUNK) {
            createContacts(batch.subList(from, Math.min(batch.size(), from + CHUNK)));
        }
    }

    /** A card that becomes a new contact, once its account is known. */
    private record NewContact(RemoteCard card, String uid, String accountKey, ContactPersonDraft draft, String idem) {
    }

    private void knownIdentities(Collection<VCard> cards) {
        Set<String> phones = new HashSet<>();
        Set<String> emails = new HashSet<>();
        for (VCard card : cards) {
            Map<String, String> f = VCards.fields(card);
            phones.addAll(canonicalPhones(f));
            String email = canonicalEmail(f);
            if (email != null) {
                emails.add(email);
            }
        }
        Set<String> found = new HashSet<>();
        for (ContactIdentity c : store.contactIdentities(phones, emails)) {
            if (c.phoneKey() != null) {
                contactByPhone.putIfAbsent(c.phoneKey(), c.contactKey());
            }
            if (c.emailKey() != null) {
                contactByEmail.putIfAbsent(c.emailKey(), c.contactKey());
            }
            found.add(c.contactKey());
        }
        ledger.learnLinks(found);
    }

    private static AccountFinder.Wish wish(VCard vcard) {
        String[] address = VCards.address(vcard);
        return new AccountFinder.Wish(VCards.organization(vcard), VCards.fields(vcard).get("email"), address[0],
                address[1]);
    }

    private NewContact prepare(RemoteCard card, VCard vcard) {
        AccountFinder.Wish w = wish(vcard);
        String uid = VCards.uid(vcard) != null ? VCards.uid(vcard) : card.href();
        String account = accounts.accountFor(w.organization(), w.email(), w.address(), w.postalCode());
        return new NewContact(card, uid, account, Fields.draft(VCards.fields(vcard)),
                "carddav:" + AccountFinder.digest(book + "\n" + uid));
    }

    private void createContacts(List<NewContact> chunk) {
        List<ContactPerson> made;
        try {
            made = contacts.createAll(chunk.stream().map(NewContact::accountKey).toList(),
                    chunk.stream().map(NewContact::draft).toList(), chunk.stream().map(NewContact::idem).toList());
        } catch (RuntimeException e) {
            for (NewContact n : chunk) {
                tally.guarded("card " + n.card().href(), () -> {
                    try {
                        created(n, contacts.create(n.accountKey(), n.draft(), n.idem()));
                    } catch (ValidationException v) {
                        tally.crm[ERRORS]++;
                        tally.problem("card " + n.card().href() + ": not taken into the CRM, field " + v.field() + " "
                                + v.getMessage());
                    }
                });
            }
            return;
        }
        for (int i = 0; i < chunk.size(); i++) {
            created(chunk.get(i), made.get(i));
        }
    }

    private void created(NewContact n, ContactPerson contact) {
        tally.wrote(tally.crm, CREATED, contact.key());
        ledger.link(n.card().href(), n.uid(), n.card().etag(), contact, n.card().text());
    }

    private Optional<ContactPerson> identityMatch(Map<String, String> f) {
        List<String> keys = new ArrayList<>();
        for (String phone : canonicalPhones(f)) {
            keys.add(contactByPhone.get(phone));
        }
        String email = canonicalEmail(f);
        keys.add(email == null ? null : contactByEmail.get(email));
        for (String key : keys) {
            if (key != null && !ledger.isLinked(key) && !ledger.isDeleted(key)) {
                return contacts.find(key);
            }
        }
        return Optional.empty();
    }

    private List<String> canonicalPhones(Map<String, String> f) {
        List<String> phones = new ArrayList<>();
        for (String p : new String[] {f.get("mobile"), f.get("phone")}) {
            Normalized n = p == null ? Normalized.ABSENT : normalizer.phone(p);
            if (n.valid()) {
                phones.add(n.canonical());
            }
        }
        return phones;
    }

    private String canonicalEmail(Map<String, String> f) {
        Normalized email = f.get("email") == null ? Normalized.ABSENT : normalizer.email(f.get("email"));
        return email.valid() ? email.canonical() : null;
    }
}
