package kr.crm.privacy.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import kr.crm.api.consent.ConsentMethod;
import kr.crm.api.consent.ConsentService;
import kr.crm.api.consent.OptOutDraft;
import kr.crm.api.privacy.DestructionMethod;
import kr.crm.api.privacy.PurgeService;
import kr.crm.api.privacy.RetentionCategory;
import kr.crm.api.privacy.RetentionRule;
import kr.crm.api.security.CrmUser;
import kr.crm.api.store.Destruction;
import kr.crm.api.store.PrivacyStore;
import kr.crm.api.store.PrivacyStore.SubjectRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Carries out erasure and restriction for a data-subject request. An erasure that a tax law limits (orders whose
 * retention period runs) deletes everything else, stops advertising, and leaves the order identity to the purge's
 * {@code ORDER_IDENTITY} rule. Each returns the outcome as recorded on the case.
 */
@Component(service = Erasures.class)
public final class Erasures {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final PrivacyStore store;
    private final ConsentService consents;
    private final PurgeService purge;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public Erasures(@Reference PrivacyStore store, @Reference ConsentService consents,
            @Reference PurgeService purge) {
        this.store = store;
        this.consents = consents;
        this.purge = purge;
    }

    String eraseContact(SubjectRequest row, CrmUser by) {
        Optional<Map<String, Integer>> done = store.deleteContactPerson(row.subjectKey(),
                destruction(row, DestructionMethod.DELETED, "erasure asked by the person", by));
        return done.map(c -> "deleted: " + c + "; synced CardDAV cards are deleted at the next sync")
                .orElse("nothing held any more");
    }

    String eraseCustomer(SubjectRequest row, CrmUser by) {
        String key = row.subjectKey();
        Optional<Instant> lastOrder = store.lastOrder(key);
        if (lastOrder.isEmpty()) {
            return store.deleteCustomer(key, destruction(row, DestructionMethod.DELETED,
                    "erasure asked by the person", by))
                    .map(c -> "deleted: " + c + "; synced CardDAV cards are deleted at the next sync")
                    .orElse("nothing held any more");
        }
        Instant cutoff = orderCutoff();
        if (cutoff != null && lastOrder.get().isBefore(cutoff)) {
            return store.anonymiseCustomer(key, destruction(row, DestructionMethod.ANONYMISED,
                    "erasure asked by the person; orders past the tax-law period kept without the person", by))
                    .map(c -> "anonymised, orders kept without the person: " + c)
                    .orElse("anonymised already");
        }
        String deleted = store.deleteAllButOrderIdentity(key, destruction(row, DestructionMethod.DELETED,
                "erasure asked by the person; order identity kept as a tax law requires", by))
                .map(Object::toString).orElse("{}");
        consents.optOut(new OptOutDraft(key, null, null, ConsentMethod.PAPER,
                "data-subject request " + row.requestId()), by);
        return "deleted " + deleted + "; kept: the customer's identity on its orders (last order "
                + lastOrder.get().atZone(SEOUL).toLocalDate() + "), which 국세기본법 제85조의3 and 전자상거래법 제6조 "
                + "require for 5 years; advertising stopped on every channel; anonymised by the purge when the "
                + "period ends";
    }

    String restrict(SubjectRequest row, CrmUser by) {
        var optOut = consents.optOut(new OptOutDraft(row.subjectKey(), null, null, ConsentMethod.PAPER,
                "data-subject request " + row.requestId()), by);
        String stopped = "processing stopped: opt-out of every channel recorded (opt-out " + optOut.id() + ")";
        return store.restrictContactPerson(row.subjectKey(), clock.instant().truncatedTo(ChronoUnit.MILLIS))
                .map(tasks -> stopped + "; tasks no longer name the person (" + tasks + " open task(s) changed)")
                .orElse(stopped);
    }

    private Instant orderCutoff() {
        return purge.rules().stream().filter(r -> r.category() == RetentionCategory.ORDER_IDENTITY)
                .map(RetentionRule::cutoff).findFirst().orElse(null);
    }

    private Destruction destruction(SubjectRequest row, DestructionMethod method, String rule, CrmUser by) {
        return new Destruction(RetentionCategory.DATA_SUBJECT, method, rule + " (request " + row.requestId() + ")",
                row.requestId(), by.username(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }
}
