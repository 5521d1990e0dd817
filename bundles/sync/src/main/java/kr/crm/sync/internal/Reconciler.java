package kr.crm.sync.internal;

import static kr.crm.sync.internal.Tally.CONFLICTS;
import static kr.crm.sync.internal.Tally.ERRORS;
import static kr.crm.sync.internal.Tally.UPDATED;

import ezvcard.VCard;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import kr.crm.api.common.StaleVersionException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.customer.ContactPerson;
import kr.crm.api.customer.ContactPersonService;
import kr.crm.api.store.SyncCard;
import kr.crm.api.sync.SyncDirection;

/**
 * The three-way merge of one contact and one card, written to both sides with conditional writes
 * (decisions 67, 68 and 70).
 */
final class Reconciler {
    private static final int ATTEMPTS = 4;

    private final CardDav dav;
    private final ContactPersonService contacts;
    private final SyncDirection direction;
    private final LinkLedger ledger;
    private final Tally tally;
    private final Organizations organizations;
    private final Clock clock;

    Reconciler(CardDav dav, ContactPersonService contacts, SyncDirection direction, LinkLedger ledger, Tally tally,
            Organizations organizations, Clock clock) {
        this.dav = dav;
        this.organizations = organizations;
        this.contacts = contacts;
        this.direction = direction;
        this.ledger = ledger;
        this.tally = tally;
        this.clock = clock;
    }

    /**
     * Brings one contact and one card to the same fields. {@code link} is null when they were never
     * linked (no merge base). A 412 from the server or a stale version in the CRM re-reads that side
     * and merges again.
     */
    void reconcile(String href, SyncCard link, ContactPerson contact, RemoteCard remote) {
        String baseText = link == null ? null : ledger.baseOf(link);
        VCard baseCard = baseText == null ? null : VCards.parse(baseText);
        Map<String, String> base = baseCard == null ? Map.of() : VCards.fields(baseCard);
        String etag = remote != null ? remote.etag() : link.etag();
        String text = remote != null ? remote.text() : baseText;
        Instant cardTime = remote == null ? null : remote.lastModified();
        boolean timeAsked = false;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            VCard card = remote == null ? baseCard : tally.parsed(remote);
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
                    tally.wrote(tally.crm, UPDATED, contact.key());
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
            String organization = direction.intoGroupware() ? renamedOrganization(contact, baseCard, card) : null;
            if (direction.intoGroupware() && (!Fields.same(target, cardFields) || organization != null)) {
                VCards.apply(card, target, now());
                if (organization != null) {
                    VCards.renameOrganization(card, organization);
                }
                String out = VCards.write(card);
                try {
                    String newEtag = dav.put(href, out, etag);
                    tally.wrote(tally.groupware, UPDATED, contact.key());
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
            ledger.link(href, uid, etag, contact, text);
            return;
        }
        tally.groupware[ERRORS]++;
        tally.problem("contact " + contact.key() + ": both sides kept changing, gave up after " + ATTEMPTS + " tries");
    }

    /**
     * The account's name if the CRM changed it (renamed the account, or moved the contact to another)
     * since the card was last agreed on, and the card does not carry it yet; else null. The CRM's
     * account is the master of the name: a server-side ORG edit stays until the account changes.
     */
    private String renamedOrganization(ContactPerson contact, VCard base, VCard card) {
        String name = organizations.nameOf(contact.accountKey());
        if (base == null || name == null || organizations.same(name, VCards.organization(base))
                || organizations.same(name, VCards.organization(card))) {
            return null;
        }
        return name;
    }

    private void countConflicts(String contactKey, FieldMerge.Result merged) {
        for (FieldMerge.Conflict c : merged.conflicts()) {
            (c.crmWon() ? tally.groupware : tally.crm)[CONFLICTS]++;
            tally.problem("conflict: contact " + contactKey + " field " + c.field() + " changed on both sides; the "
                    + (c.crmWon() ? "CRM" : "groupware") + " change is later and kept, the other value is in the notes");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
