package kr.crm.sync.internal;

import static kr.crm.sync.internal.Tally.CONFLICTS;
import static kr.crm.sync.internal.Tally.CREATED;
import static kr.crm.sync.internal.Tally.DELETED;
import static kr.crm.sync.internal.Tally.ERRORS;
import static kr.crm.sync.internal.Tally.UPDATED;

import ezvcard.VCard;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.StaleVersionException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.customer.ContactPerson;
import kr.crm.api.customer.ContactPersonDraft;
import kr.crm.api.customer.ContactPersonService;
import kr.crm.api.customer.CustomerService;
import kr.crm.api.identity.IdentityNormalizer;
import kr.crm.api.identity.Normalized;
import kr.crm.api.store.ContactIdentity;
import kr.crm.api.store.SyncCard;
import kr.crm.api.store.SyncStore;
import kr.crm.api.sync.AddressBook;
import kr.crm.api.sync.RunStatus;
import kr.crm.api.sync.SyncDirection;
import kr.crm.api.sync.SyncRun;

/**
 * One run of one address book: what changed on the server (sync token or ETag listing), what
 * changed in the CRM (contact versions against the stored links), then per contact a three-way
 * merge written to both sides with conditional writes. A card or contact that fails is reported
 * and skipped; the others go on.
 */
final class SyncRunner {
    private static final int ATTEMPTS = 4;
    private static final int CHUNK = 500;

    private final CardDav dav;
    private final SyncStore store;
    private final ContactPersonService contacts;
    private final CustomerService customers;
    private final IdentityNormalizer normalizer;
    private final AddressBook book;
    private final SyncDirection direction;
    private final Clock clock;
    private final Tally tally = new Tally();
    private Map<String, SyncCard> links = new LinkedHashMap<>();
    private Map<String, String> linkedContacts = new HashMap<>();
    private CrmView view;
    private final Map<String, String> accountNames = new HashMap<>();
    private final Set<String> deletedContacts = new HashSet<>();
    private final Map<String, String> bases = new HashMap<>();
    private final Map<String, SyncCard> pending = new LinkedHashMap<>();
    private final Map<String, String> contactByPhone = new HashMap<>();
    private final Map<String, String> contactByEmail = new HashMap<>();
    private final Set<String> linkedElsewhere = new HashSet<>();
    private AccountFinder accounts;

    SyncRunner(CardDav dav, SyncStore store, ContactPersonService contacts, CustomerService customers,
            IdentityNormalizer normalizer, AddressBook book, Clock clock) {
        this.dav = dav;
        this.store = store;
        this.contacts = contacts;
        this.customers = customers;
        this.normalizer = normalizer;
        this.book = book;
        this.direction = book.direction();
        this.clock = clock;
    }

    SyncRun run(String node, String trigger) {
        Instant started = now();
        String mode = "none";
        RunStatus status;
        try {
            accounts = new AccountFinder(store, customers, normalizer, ownerRep(), book.name());
            String token = store.syncToken(book.name()).orElse(null);
            // the database reads run while the server answers: a no-change run is mostly these two waits
            CompletableFuture<CrmView> crm = CompletableFuture.supplyAsync(() -> token == null
                    ? CrmView.full(store, book, ownerRep()) : CrmView.changes(store, book, ownerRep()));
            Listing listing;
            try {
                listing = dav.changes(token);
            } finally {
                view = joined(crm);
            }
            if (listing.complete() && view.partial()) {
                view = CrmView.full(store, book, ownerRep());
            } else if (view.partial()) {
                view.include(listing);
            }
            links = view.links;
            linkedContacts = view.linkedContacts;
            mode = listing.mode();
            status = synchronise(listing);
            flush();
            if (status != RunStatus.DELETE_GUARD && !java.util.Objects.equals(token, listing.token())) {
                store.saveSyncToken(book.name(), listing.token());
            }
        } catch (DavException e) {
            flush();
            status = RunStatus.FAILED;
            tally.groupware[ERRORS]++;
            tally.problem("server: " + e.getMessage());
        }
        if (status == RunStatus.OK && tally.hasErrors()) {
            status = RunStatus.PARTIAL;
        }
        return new SyncRun(0, book.name(), node, trigger, mode, status, started, now(), Tally.counts(tally.crm),
                Tally.counts(tally.groupware), List.copyOf(tally.problems));
    }

    private static <T> T joined(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private RunStatus synchronise(Listing listing) {
        Set<String> removed = new HashSet<>(listing.removed());
        if (listing.complete()) {
            links.keySet().stream().filter(h -> !listing.changed().containsKey(h)).forEach(removed::add);
        }
        List<String> toFetch = new ArrayList<>();
        listing.changed().forEach((href, etag) -> {
            SyncCard link = links.get(href);
            if (link == null || !etag.equals(link.etag())) {
                toFetch.add(href);
            }
        });
        Map<String, RemoteCard> fetched = new LinkedHashMap<>();
        for (RemoteCard c : toFetch.isEmpty() ? List.<RemoteCard>of() : dav.fetch(toFetch)) {
            fetched.put(c.href(), c);
        }
        Map<String, ContactPerson> local = view.local;
        if (deletesTooMany(removed, local)) {
            return RunStatus.DELETE_GUARD;
        }
        List<String> toMerge = new ArrayList<>();
        for (SyncCard link : links.values()) {
            ContactPerson p = local.get(link.contactKey());
            if (p != null && (fetched.containsKey(link.href()) || p.version() != link.contactVersion())) {
                toMerge.add(link.href());
            }
        }
        if (!toMerge.isEmpty()) {
            bases.putAll(store.baseVcards(book.name(), toMerge));
        }
        for (SyncCard link : List.copyOf(links.values())) {
            guarded("card " + link.href(), () -> linked(link, local.get(link.contactKey()),
                    fetched.remove(link.href()), removed.contains(link.href())));
        }
        if (direction.intoCrm()) {
            unlinkedCards(List.copyOf(fetched.values()));
        }
        if (direction.intoGroupware()) {
            for (ContactPerson p : view.selected) {
                if (!linkedContacts.containsKey(p.key()) && !deletedContacts.contains(p.key())) {
                    guarded("contact " + p.key(), () -> newCard(p));
                }
            }
        }
        return RunStatus.OK;
    }

    private boolean deletesTooMany(Set<String> removed, Map<String, ContactPerson> local) {
        int inCrm = 0;
        int onServer = 0;
        for (SyncCard link : links.values()) {
            boolean cardGone = removed.contains(link.href());
            boolean contactGone = !local.containsKey(link.contactKey());
            if (cardGone && !contactGone && direction.intoCrm()) {
                inCrm++;
            } else if (contactGone && !cardGone && direction.intoGroupware()) {
                onServer++;
            }
        }
        int deletes = inCrm + onServer;
        if (deletes > 0 && deletes > book.deleteGuardShare() * view.linkCount()) {
            tally.problem("delete guard: the run would delete " + inCrm + " contacts in the CRM and " + onServer
                    + " cards on the server of " + view.linkCount() + " linked; the limit is "
                    + Math.round(book.deleteGuardShare() * 100) + "%. Nothing was changed.");
            return true;
        }
        return false;
    }

    /** A card linked to a contact: deleted on either side, changed on either side, or both. */
    private void linked(SyncCard link, ContactPerson contact, RemoteCard changed, boolean cardGone) {
        if (cardGone) {
            forget(link);
            if (contact == null) {
                return;
            }
            if (direction.intoCrm() && contact.version() == link.contactVersion()) {
                try {
                    contacts.delete(contact.key(), contact.version());
                    deletedContacts.add(contact.key());
                    tally.crm[DELETED]++;
                    return;
                } catch (StaleVersionException e) {
                    // edited in the CRM meanwhile: the edit wins over the delete, the card comes back
                } catch (NotFoundException e) {
                    return;
                }
            }
            if (direction.intoGroupware()) {
                contacts.find(contact.key()).ifPresent(this::newCard);
            }
            return;
        }
        if (contact == null) {
            contactDeleted(link, changed);
            return;
        }
        if (changed == null && contact.version() == link.contactVersion()) {
            return;
        }
        reconcile(link.href(), link, contact, changed);
    }

    private void contactDeleted(SyncCard link, RemoteCard changed) {
        if (direction.intoGroupware() && changed == null) {
            try {
                dav.delete(link.href(), link.etag());
                tally.groupware[DELETED]++;
                forget(link);
                return;
            } catch (DavException e) {
                if (e.status() != 412) {
                    throw e;
                }
                changed = dav.get(link.href()).orElse(null);
            }
        }
        // the card was edited on the server after the contact was deleted: the edit wins
        forget(link);
        if (changed != null && direction.intoCrm()) {
            unlinkedCard(changed);
        } else if (changed != null) {
            dav.delete(changed.href(), changed.etag());
            tally.groupware[DELETED]++;
        }
    }

    /**
     * Cards with no link: each is linked to the contact with the same phone or e-mail if there is
     * one, the others become new contacts, created in chunks (one by one if a chunk is refused, so
     * that one bad card does not stop the rest).
     */
    private void unlinkedCards(List<RemoteCard> cards) {
        Map<String, VCard> parsed = new LinkedHashMap<>();
        for (RemoteCard card : cards) {
            VCard vcard = parseOrReport(card);
            if (vcard != null) {
                parsed.put(card.href(), vcard);
            }
        }
        knownIdentities(parsed.values());
        List<RemoteCard> unmatched = new ArrayList<>();
        for (RemoteCard card : cards) {
            VCard vcard = parsed.get(card.href());
            if (vcard != null) {
                guarded("card " + card.href(), () -> {
                    Optional<ContactPerson> match = identityMatch(VCards.fields(vcard));
                    if (match.isPresent()) {
                        reconcile(card.href(), null, match.get(), card);
                    } else {
                        unmatched.add(card);
                    }
                });
            }
        }
        accounts.prepare(unmatched.stream().map(c -> wish(parsed.get(c.href()))).toList());
        List<NewContact> batch = new ArrayList<>();
        for (RemoteCard card : unmatched) {
            guarded("card " + card.href(), () -> batch.add(prepare(card, parsed.get(card.href()))));
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
        flush();
        linkedElsewhere.addAll(view.linkedElsewhere(found));
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
                "carddav:" + AccountFinder.digest(book.name() + "\n" + uid));
    }

    private void createContacts(List<NewContact> chunk) {
        List<ContactPerson> made;
        try {
            made = contacts.createAll(chunk.stream().map(NewContact::accountKey).toList(),
                    chunk.stream().map(NewContact::draft).toList(), chunk.stream().map(NewContact::idem).toList());
        } catch (RuntimeException e) {
            for (NewContact n : chunk) {
                guarded("card " + n.card().href(), () -> {
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
        tally.crm[CREATED]++;
        link(n.card().href(), n.uid(), n.card().etag(), contact, n.card().text());
    }

    /** A single card with no link, e.g. one whose contact was deleted in the CRM after the card changed. */
    private void unlinkedCard(RemoteCard card) {
        unlinkedCards(List.of(card));
    }

    private Optional<ContactPerson> identityMatch(Map<String, String> f) {
        List<String> keys = new ArrayList<>();
        for (String phone : canonicalPhones(f)) {
            keys.add(contactByPhone.get(phone));
        }
        String email = canonicalEmail(f);
        keys.add(email == null ? null : contactByEmail.get(email));
        for (String key : keys) {
            if (key != null && !linkedContacts.containsKey(key) && !linkedElsewhere.contains(key)
                    && !deletedContacts.contains(key)) {
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

    /** A CRM contact with no card yet: a new card, written only if none exists at its href. */
    private void newCard(ContactPerson contact) {
        String uid = "crm-" + contact.key();
        String href = dav.hrefFor(uid + ".vcf");
        VCard card = VCards.newCard(uid, accountName(contact.accountKey()), Fields.of(contact), now());
        String text = VCards.write(card);
        try {
            String etag = dav.put(href, text, null);
            tally.groupware[CREATED]++;
            link(href, uid, etag != null ? etag : dav.get(href).map(RemoteCard::etag).orElse(null), contact, text);
        } catch (DavException e) {
            if (e.status() != 412) {
                throw e;
            }
            // written by an earlier run that did not get to record it: merge with what is there
            RemoteCard there = dav.get(href).orElseThrow(() -> e);
            reconcile(href, null, contact, there);
        }
    }

    /**
     * Brings one contact and one card to the same fields. {@code link} is null when they were never
     * linked (no merge base). A 412 from the server or a stale version in the CRM re-reads that side
     * and merges again.
     */
    private void reconcile(String href, SyncCard link, ContactPerson contact, RemoteCard remote) {
        String baseText = link == null ? null : baseOf(link);
        VCard baseCard = baseText == null ? null : VCards.parse(baseText);
        Map<String, String> base = baseCard == null ? Map.of() : VCards.fields(baseCard);
        String etag = remote != null ? remote.etag() : link.etag();
        String text = remote != null ? remote.text() : baseText;
        Instant cardTime = remote == null ? null : remote.lastModified();
        boolean timeAsked = false;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            VCard card = remote == null ? baseCard : parseOrReport(remote);
            if (card == null) {
                return;
            }
            Instant cardChanged = cardTime != null ? cardTime : VCards.revision(card);
            Map<String, String> cardFields = VCards.fields(card);
            FieldMerge.Result merged = FieldMerge.merge(direction, base, Fields.of(contact), cardFields,
                    contact.updatedAt(), cardChanged);
            if (!merged.conflicts().isEmpty() && cardTime == null && remote != null && !timeAsked) {
                // a multistatus answer may leave out getlastmodified (Radicale does): GET says it
                timeAsked = true;
                remote = dav.get(href).orElse(remote);
                etag = remote.etag();
                text = remote.text();
                cardTime = remote.lastModified();
                continue;
            }
            Map<String, String> target = merged.fields();
            if (direction.intoCrm() && !Fields.same(target, Fields.of(contact))) {
                try {
                    contact = contacts.update(contact.key(), contact.version(), Fields.draft(target));
                    tally.crm[UPDATED]++;
                    target = Fields.of(contact);
                } catch (StaleVersionException e) {
                    contact = contacts.find(contact.key()).orElseThrow(() -> e);
                    continue;
                } catch (ValidationException e) {
                    tally.crm[ERRORS]++;
                    tally.problem("contact " + contact.key() + ": card " + href + " not taken, field " + e.field()
                            + " " + e.getMessage());
                    return;
                }
            }
            if (direction.intoGroupware() && !Fields.same(target, cardFields)) {
                VCards.apply(card, target, now());
                String out = VCards.write(card);
                try {
                    String newEtag = dav.put(href, out, etag);
                    tally.groupware[UPDATED]++;
                    etag = newEtag != null ? newEtag : dav.get(href).map(RemoteCard::etag).orElse(null);
                    text = out;
                } catch (DavException e) {
                    if (e.status() != 412) {
                        throw e;
                    }
                    // changed on the server since we read it: read it again and merge again
                    remote = dav.get(href).orElse(null);
                    if (remote == null) {
                        tally.groupware[ERRORS]++;
                        tally.problem("card " + href + ": deleted on the server while being written; next run decides");
                        return;
                    }
                    etag = remote.etag();
                    text = remote.text();
                    cardTime = remote.lastModified();
                    continue;
                }
            }
            countConflicts(contact.key(), merged);
            String uid = VCards.uid(card) != null ? VCards.uid(card) : href;
            link(href, uid, etag, contact, text);
            return;
        }
        tally.groupware[ERRORS]++;
        tally.problem("contact " + contact.key() + ": both sides kept changing, gave up after " + ATTEMPTS + " tries");
    }

    private void countConflicts(String contactKey, FieldMerge.Result merged) {
        for (FieldMerge.Conflict c : merged.conflicts()) {
            (c.crmWon() ? tally.groupware : tally.crm)[CONFLICTS]++;
            tally.problem("conflict: contact " + contactKey + " field " + c.field() + " changed on both sides; the "
                    + (c.crmWon() ? "CRM" : "groupware") + " change is later and kept, the other value is in the notes");
        }
    }

    private VCard parseOrReport(RemoteCard card) {
        try {
            return VCards.parse(card.text());
        } catch (RuntimeException e) {
            tally.groupware[ERRORS]++;
            tally.problem("card " + card.href() + ": malformed vCard (" + e.getMessage() + "), skipped");
            return null;
        }
    }

    private void link(String href, String uid, String etag, ContactPerson contact, String text) {
        SyncCard old = links.get(href);
        if (old != null && !old.contactKey().equals(contact.key())) {
            linkedContacts.remove(old.contactKey());
        }
        SyncCard card = new SyncCard(book.name(), href, uid, etag, contact.key(), contact.version(), text, now());
        links.put(href, card);
        bases.put(href, text);
        linkedContacts.put(contact.key(), href);
        pending.put(href, card);
        if (pending.size() >= CHUNK) {
            flush();
        }
    }

    /** Stores the links made since the last flush, in one transaction. */
    private void flush() {
        if (!pending.isEmpty()) {
            store.saveCards(List.copyOf(pending.values()));
            pending.clear();
        }
    }

    private String baseOf(SyncCard link) {
        if (link.baseVcard() != null) {
            return link.baseVcard();
        }
        return bases.computeIfAbsent(link.href(),
                h -> store.baseVcards(book.name(), List.of(h)).get(h));
    }

    private void forget(SyncCard link) {
        pending.remove(link.href());
        store.deleteCard(book.name(), link.href());
        links.remove(link.href());
        bases.remove(link.href());
        linkedContacts.remove(link.contactKey());
    }

    private void guarded(String what, Runnable step) {
        try {
            step.run();
        } catch (DavException e) {
            tally.groupware[ERRORS]++;
            tally.problem(what + ": server " + e.getMessage());
        } catch (ValidationException e) {
            tally.crm[ERRORS]++;
            tally.problem(what + ": field " + e.field() + " " + e.getMessage());
        } catch (RuntimeException e) {
            tally.crm[ERRORS]++;
            tally.problem(what + ": " + e.getClass().getSimpleName());
        }
    }

    private String accountName(String accountKey) {
        return accountNames.computeIfAbsent(accountKey,
                k -> customers.find(k).map(c -> c.name()).orElse(null));
    }

    private String ownerRep() {
        return book.ownerRep() == null || book.ownerRep().isBlank() ? null : book.ownerRep();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
