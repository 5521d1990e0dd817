package kr.crm.consent.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import kr.crm.api.common.ValidationException;
import kr.crm.api.consent.Channel;
import kr.crm.api.consent.ConsentDraft;
import kr.crm.api.consent.ConsentHistory;
import kr.crm.api.consent.ConsentPurpose;
import kr.crm.api.consent.ConsentRecord;
import kr.crm.api.consent.ConsentService;
import kr.crm.api.consent.Eligibility;
import kr.crm.api.consent.OptOut;
import kr.crm.api.consent.OptOutDraft;
import kr.crm.api.customer.ContactPersonService;
import kr.crm.api.customer.CustomerService;
import kr.crm.api.identity.IdentityNormalizer;
import kr.crm.api.identity.MergeService;
import kr.crm.api.order.OrderService;
import kr.crm.api.security.CrmUser;
import kr.crm.api.store.ConsentStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Records consents and opt-outs with their notices, and answers who may receive advertising. */
@Component(service = ConsentService.class)
public final class DefaultConsentService implements ConsentService {
    static final Duration NOTICE_WITHIN = Duration.ofDays(14);
    static final int RECONFIRM_YEARS = 2;

    private final ConsentStore store;
    private final Subjects subjects;
    private final Addresses addresses;
    private final Notices notices;
    private final Eligibilities eligibilities;
    private final Clock clock;

    @Activate
    public DefaultConsentService(@Reference ConsentStore store, @Reference CustomerService customers,
            @Reference ContactPersonService contacts, @Reference MergeService merges,
            @Reference IdentityNormalizer normalizer, @Reference OrderService orders, @Reference Notices notices) {
        this(store, new Subjects(customers, contacts, merges), new Addresses(normalizer), notices,
                new TransactionException(orders),
                Clock.systemUTC());
    }

    DefaultConsentService(ConsentStore store, Subjects subjects, Addresses addresses, Notices notices,
            TransactionException transactions, Clock clock) {
        this.store = store;
        this.subjects = subjects;
        this.addresses = addresses;
        this.notices = notices;
        this.eligibilities = new Eligibilities(transactions);
        this.clock = clock;
    }

    @Override
    public ConsentRecord record(ConsentDraft draft, CrmUser by) {
        Instant now = now();
        Drafts.check(draft, now);
        Subject subject = subjects.of("subjectKey", draft.subjectKey());
        Instant occurred = Drafts.occurredAt(draft.occurredAt(), now);
        boolean standing = draft.granted() && draft.purpose() != ConsentPurpose.TRANSACTIONAL;
        ConsentRecord stored = store.insert(new ConsentRecord(0, subject.key(), draft.channel(), draft.purpose(),
                draft.granted(), draft.method(), draft.noticeVersion().strip(), blankToNull(draft.evidence()),
                occurred, now, by.username(), occurred.plus(NOTICE_WITHIN), null,
                standing ? occurred.atZone(TransactionException.SEOUL).plusYears(RECONFIRM_YEARS).toInstant() : null,
                null));
        if (notices.confirm(stored, subject)) {
            store.consentNoticed(stored.id(), now);
            return withNotice(stored, now);
        }
        return stored;
    }

    @Override
    public OptOut optOut(OptOutDraft draft, CrmUser by) {
        Drafts.check(draft);
        Subject subject = draft.customerKey() == null || draft.customerKey().isBlank() ? null
                : subjects.of("customerKey", draft.customerKey());
        String addressKey = addresses.key("address", draft.channel(), draft.address());
        Instant now = now();
        OptOut stored = store.insert(new OptOut(0, subject == null ? null : subject.key(), draft.channel(), addressKey,
                draft.method(), blankToNull(draft.evidence()), now, by.username(), null));
        Subject notify = subject != null ? subject
                : addressKey != null && addressKey.contains("@")
                        ? new Subject(null, List.of(), false, addressKey, null) : null;
        if (notices.confirm(stored, notify)) {
            store.optOutNoticed(stored.id(), now);
            return new OptOut(stored.id(), stored.customerKey(), stored.channel(), stored.addressKey(),
                    stored.method(), stored.evidence(), stored.at(), stored.by(), now);
        }
        return stored;
    }

    @Override
    public ConsentHistory historyOf(String subjectKey) {
        Subject s = subjects.of("subjectKey", subjectKey);
        return new ConsentHistory(s.key(), s.keys(), store.consentsOf(s.keys()),
                store.optOutsOf(s.keys(), addresses.keysOf(s, null, null)));
    }

    @Override
    public Eligibility eligibility(String customerKey, Channel channel, String address, String goodsKind,
            Instant at) {
        if (channel == null) {
            throw new ValidationException("channel", "is required: EMAIL, SMS, POST, FAX or PUSH");
        }
        Subject s = subjects.of("customerKey", customerKey);
        Instant when = at == null ? now() : at;
        List<OptOut> optOuts = store.optOutsOf(s.keys(), addresses.keysOf(s, channel, address)).stream()
                .filter(o -> o.channel() == null || o.channel() == channel).toList();
        return eligibilities.decide(s, channel, store.consentsOf(s.keys()), optOuts, goodsKind, when);
    }

    private static ConsentRecord withNotice(ConsentRecord c, Instant at) {
        return new ConsentRecord(c.id(), c.subjectKey(), c.channel(), c.purpose(), c.granted(), c.method(),
                c.noticeVersion(), c.evidence(), c.occurredAt(), c.recordedAt(), c.recordedBy(), c.noticeDueAt(), at,
                c.reconfirmDueAt(), c.reconfirmedAt());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
