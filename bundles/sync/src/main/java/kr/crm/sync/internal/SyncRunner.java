package kr.crm.sync.internal;

import static kr.crm.sync.internal.Tally.CREATED;
import static kr.crm.sync.internal.Tally.DELETED;
import static kr.crm.sync.internal.Tally.ERRORS;

import ezvcard.VCard;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.StaleVersionException;
import kr.crm.api.customer.ContactPerson;
import kr.crm.api.customer.ContactPersonService;
import kr.crm.api.customer.CustomerService;
import kr.crm.api.identity.IdentityNormalizer;
import kr.crm.api.store.SyncCard;
import kr.crm.api.store.SyncStore;
import kr.crm.api.sync.AddressBook;
import kr.crm.api.sync.RunStatus;
import kr.crm.api.sync.SyncDirection;
import kr.crm.api.security.AccountScope;
import kr.crm.api.sync.SyncRun;

/**
 * One run of one address book: what changed on the server (sync token or ETag listing), what
 * changed in the CRM (contact versions against the stored links), then per contact a three-way
 * merge written to both sides with conditional writes. A card or contact that fails is reported
 * and skipped; the others go on.
 */
final class SyncRunner {
    private final CardDav dav;
    private final SyncStore store;
    private final ContactPersonService contacts;
    private final CustomerService customers;
    private final IdentityNormalizer normalizer;
    private final AddressBook book;
    private final SyncDirection direction;
    private final Clock clock;
    private final AccountScope scope;
    private final Tally tally = new Tally();
    private final Organizations organizations;
    private LinkLedger ledger;
    private Set<String> accountChanged = Set.of();
    private Set<String> purged = Set.of();
    private Reconciler reconciler;
    private CardImport cardImport;

    SyncRunner(CardDav dav, SyncStore store, ContactPersonService contacts, CustomerService customers,
            IdentityNormalizer normalizer, AddressBook book, Clock clock) {
        this(dav, store, contacts, customers, normalizer, book, clock, book.ownerRep() == null || book.ownerRep().isBlank()
                ? null : new AccountScope(false, null, Set.of(book.ownerRep()), false));
    }

    /** @param scope the accounts whose contacts belong in the book (decision 195), null for every account */
    SyncRunner(CardDav dav, SyncStore store, ContactPersonService contacts, CustomerService customers,
            IdentityNormalizer normalizer, AddressBook book, Clock clock, AccountScope scope) {
        this.scope = scope;
        this.dav = dav;
        this.store = store;
        this.contacts = contacts;
        this.customers = customers;
        this.normalizer = normalizer;
        this.book = book;
        this.direction = book.direction();
        this.clock = clock;
        this.organizations = new Organizations(customers, normalizer);
    }

    /** The keys of the contacts the run created, changed or deleted on either side, in the order it wrote them. */
    List<String> written() {
        return List.copyOf(tally.written);
    }

    SyncRun run(String node, String trigger) {
        Instant started = now();
        String mode = "none";
        RunStatus status;
        try {
            String token = store.syncToken(book.name()).orElse(null);
            // the CRM side is read while the server answers: a no-change run is mostly this one wait
            CompletableFuture<CrmView> crm = CompletableFuture.supplyAsync(() -> token == null
                    ? CrmView.full(store, book, scope) : CrmView.changes(store, book, scope));
            Listing listing;
            CrmView view;
            try {
                listing = dav.changes(token);
            } finally {
                view = joined(crm);
            }
            if (listing.complete() && view.partial()) {
                view = CrmView.full(store, book, scope);
            } else if (view.partial()) {
                view.include(listing);
            }
            ledger = new LinkLedger(store, book.name(), clock, view);
            accountChanged = view.accountChanged;
            purged = store.purgedCards(book.name());
            reconciler = new Reconciler(dav, contacts, direction, ledger, tally, organizations, clock);
            mode = listing.mode();
            status = synchronise(listing, view);
            ledger.flush();
            if (status != RunStatus.DELETE_GUARD && !java.util.Objects.equals(token, listing.token())) {
                store.saveSyncToken(book.name(), listing.token());
            }
        } catch (DavException e) {
            if (ledger != null) {
                ledger.flush();
            }
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

    private RunStatus synchronise(Listing listing, CrmView view) {
        Map<String, SyncCard> links = ledger.links();
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
        if (deletesTooMany(removed, local, view.linkCount())) {
            return RunStatus.DELETE_GUARD;
        }
        List<String> toMerge = new ArrayList<>();
        for (SyncCard link : links.values()) {
            ContactPerson p = local.get(link.contactKey());
            if (p != null && (fetched.containsKey(link.href()) || p.version() != link.contactVersion()
                    || accountChanged.contains(link.href()))) {
                toMerge.add(link.href());
            }
        }
        ledger.readBases(toMerge);
        for (SyncCard link : List.copyOf(links.values())) {
            tally.guarded("card " + link.href(), () -> linked(link, local.get(link.contactKey()),
                    fetched.remove(link.href()), removed.contains(link.href())));
        }
        if (direction.intoCrm()) {
            cardImport().cards(List.copyOf(fetched.values()));
        }
        if (direction.intoGroupware()) {
            for (ContactPerson p : view.selected) {
                if (!ledger.isLinked(p.key()) && !ledger.isDeleted(p.key())) {
                    tally.guarded("contact " + p.key(), () -> newCard(p));
                }
            }
        }
        return RunStatus.OK;
    }

    private boolean deletesTooMany(Set<String> removed, Map<String, ContactPerson> local, int linkCount) {
        int inCrm = 0;
        int onServer = 0;
        for (SyncCard link : ledger.links().values()) {
            if (purged.contains(link.href())) {
                continue; // destroyed by the purge on purpose: no accident to guard against
            }
            boolean cardGone = removed.contains(link.href());
            boolean contactGone = !local.containsKey(link.contactKey());
            if (cardGone && !contactGone && direction.intoCrm()) {
                inCrm++;
            } else if (contactGone && !cardGone && direction.intoGroupware()) {
                onServer++;
            }
        }
        int deletes = inCrm + onServer;
        if (deletes > 0 && deletes > book.deleteGuardShare() * linkCount) {
            tally.problem("delete guard: the run would delete " + inCrm + " contacts in the CRM and " + onServer
                    + " cards on the server of " + linkCount + " linked; the limit is "
                    + Math.round(book.deleteGuardShare() * 100) + "%. Nothing was changed.");
            return true;
        }
        return false;
    }

    /** A card linked to a contact: deleted on either side, changed on either side, or both. */
    private void linked(SyncCard link, ContactPerson contact, RemoteCard changed, boolean cardGone) {
        if (cardGone) {
            ledger.forget(link);
            if (contact == null) {
                return;
            }
            if (direction.intoCrm() && contact.version() == link.contactVersion()) {
                try {
                    contacts.delete(contact.key(), contact.version());
                    ledger.contactDeleted(contact.key());
                    tally.wrote(tally.crm, DELETED, contact.key());
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
        if (contact == null && purged.contains(link.href())) {
            destroyed(link);
            return;
        }
        if (contact == null) {
            contactDeleted(link, changed);
            return;
        }
        if (changed == null && contact.version() == link.contactVersion() && !accountChanged.contains(link.href())) {
            return;
        }
        reconciler.reconcile(link.href(), link, contact, changed);
    }

    /**
     * The contact was destroyed by the purge or a data-subject erasure: the card goes whatever was edited on the
     * server since (no If-Match), and nothing of it comes back into the CRM. A book that only reads from the
     * groupware cannot delete there: it keeps the link, so that the card is never taken in again.
     */
    private void destroyed(SyncCard link) {
        if (direction.intoGroupware()) {
            dav.delete(link.href(), null);
            tally.wrote(tally.groupware, DELETED, link.contactKey());
            ledger.forget(link);
        }
    }

    private void contactDeleted(SyncCard link, RemoteCard changed) {
        if (direction.intoGroupware() && changed == null) {
            try {
                dav.delete(link.href(), link.etag());
                tally.wrote(tally.groupware, DELETED, link.contactKey());
                ledger.forget(link);
                return;
            } catch (DavException e) {
                if (e.status() != 412) {
                    throw e;
                }
                changed = dav.get(link.href()).orElse(null);
            }
        }
        // the card was edited on the server after the contact was deleted: the edit wins
        ledger.forget(link);
        if (changed != null && direction.intoCrm()) {
            cardImport().cards(List.of(changed));
        } else if (changed != null) {
            dav.delete(changed.href(), changed.etag());
            tally.wrote(tally.groupware, DELETED, link.contactKey());
        }
    }

    /** A CRM contact with no card yet: a new card, written only if none exists at its href. */
    private void newCard(ContactPerson contact) {
        String uid = "crm-" + contact.key();
        String href = dav.hrefFor(uid + ".vcf");
        VCard card = VCards.newCard(uid, organizations.nameOf(contact.accountKey()), Fields.of(contact), now());
        String text = VCards.write(card);
        try {
            String etag = dav.put(href, text, null);
            tally.wrote(tally.groupware, CREATED, contact.key());
            ledger.link(href, uid, etag != null ? etag : dav.get(href).map(RemoteCard::etag).orElse(null), contact, text);
        } catch (DavException e) {
            if (e.status() != 412) {
                throw e;
            }
            // written by an earlier run that did not get to record it: merge with what is there
            RemoteCard there = dav.get(href).orElseThrow(() -> e);
            reconciler.reconcile(href, null, contact, there);
        }
    }

    private CardImport cardImport() {
        if (cardImport == null) {
            AccountFinder accounts = new AccountFinder(store, customers, normalizer, ownerRep(), book.name());
            cardImport = new CardImport(store, contacts, normalizer, accounts, book.name(), ledger, reconciler, tally);
        }
        return cardImport;
    }

    private String ownerRep() {
        return book.ownerRep() == null || book.ownerRep().isBlank() ? null : book.ownerRep();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
