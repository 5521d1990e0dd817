package kr.crm.analytics.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kr.crm.api.analytics.Segment;
import kr.crm.api.analytics.SegmentChange;
import kr.crm.api.analytics.SegmentCondition;
import kr.crm.api.analytics.SegmentDraft;
import kr.crm.api.analytics.SegmentMember;
import kr.crm.api.analytics.SegmentService;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.Page;
import kr.crm.api.common.PageRequest;
import kr.crm.api.security.AccountScope;
import kr.crm.api.common.StaleVersionException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.store.AnalyticsStore;
import kr.crm.api.store.SegmentStore;
import kr.crm.api.store.SegmentStore.StoredSegment;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Saved segments: rules checked by {@link SegmentRules}, members materialised at saving and refreshed
 * by {@link #refresh} as measures change, each entry and exit recorded.
 */
@Component(service = {SegmentService.class, DefaultSegmentService.class})
public final class DefaultSegmentService implements SegmentService {
    static final int NAME_MAX = 100;
    static final int DESCRIPTION_MAX = 500;
    static final int HISTORY_MAX = 1000;

    private final SegmentStore store;
    private final AnalyticsStore measures;
    private final Clock clock;
    private final Object refreshing = new Object();

    @Activate
    public DefaultSegmentService(@Reference SegmentStore store, @Reference AnalyticsStore measures) {
        this(store, measures, Clock.systemUTC());
    }

    DefaultSegmentService(SegmentStore store, AnalyticsStore measures, Clock clock) {
        this.store = store;
        this.measures = measures;
        this.clock = clock;
    }

    @Override
    public long preview(List<SegmentCondition> conditions) {
        return store.count(SegmentRules.check(conditions).rules());
    }

    @Override
    public Segment create(SegmentDraft draft, String user) {
        Draft d = Draft.check(draft);
        long id = store.create(d.name(), d.description(), ConditionText.encode(d.rules().conditions()), user, now())
                .orElseThrow(() -> new ValidationException("name", "is taken by another segment"));
        refresh(id, d.rules(), null);
        return get(id);
    }

    /**
     * The conditional UPDATE decides between concurrent edits; the winner re-materialises the members
     * against its rules (entries and exits recorded as for any refresh).
     */
    @Override
    public Segment update(long id, long version, SegmentDraft draft, String user) {
        stored(id);
        Draft d = Draft.check(draft);
        switch (store.update(id, version, d.name(), d.description(), ConditionText.encode(d.rules().conditions()),
                user, now())) {
            case NAME_TAKEN -> throw new ValidationException("name", "is taken by another segment");
            case STALE -> throw new StaleVersionException("segment " + id, stored(id).version());
            case DONE -> refresh(id, d.rules(), null);
            default -> throw new IllegalStateException();
        }
        return get(id);
    }

    /** A draft's name, description and rules, checked. */
    private record Draft(String name, String description, SegmentRules.Checked rules) {
        static Draft check(SegmentDraft draft) {
            if (draft == null) {
                throw new ValidationException("body", "is required: name and conditions");
            }
            String name = draft.name() == null ? "" : draft.name().strip();
            if (name.isEmpty() || name.length() > NAME_MAX) {
                throw new ValidationException("name", "is required, at most " + NAME_MAX + " characters");
            }
            String description = draft.description() == null || draft.description().isBlank() ? null
                    : draft.description().strip();
            if (description != null && description.length() > DESCRIPTION_MAX) {
                throw new ValidationException("description", "must be at most " + DESCRIPTION_MAX + " characters");
            }
            return new Draft(name, description, SegmentRules.check(draft.conditions()));
        }
    }

    @Override
    public List<Segment> list() {
        return store.segments().stream().map(DefaultSegmentService::segment).toList();
    }

    @Override
    public Segment get(long id) {
        return segment(stored(id));
    }

    @Override
    public void delete(long id) {
        if (!store.delete(id)) {
            throw new NotFoundException("segment " + id);
        }
    }

    @Override
    public Page<SegmentMember> members(long id, PageRequest page, AccountScope scope) {
        stored(id);
        return store.memberPage(id, page, scope);
    }

    @Override
    public List<SegmentChange> history(long id, int limit) {
        if (limit < 1 || limit > HISTORY_MAX) {
            throw new ValidationException("limit", "must be 1-" + HISTORY_MAX);
        }
        stored(id);
        return store.history(id, limit);
    }

    @Override
    public List<Segment> segmentsOf(String customerKey) {
        if (customerKey == null || customerKey.isBlank()) {
            throw new ValidationException("customer", "is required: a customer key");
        }
        List<String> keys = measures.customers(List.of(customerKey.strip()));
        if (keys.isEmpty()) {
            throw new NotFoundException("customer " + customerKey);
        }
        Set<Long> ids = new HashSet<>(store.segmentsOf(keys.get(0)));
        return store.segments().stream().filter(s -> ids.contains(s.id())).map(DefaultSegmentService::segment)
                .toList();
    }

    /**
     * Brings every segment's members up to date for these customers (null: all customers): who meets
     * the rules now enters, who no longer does leaves.
     */
    void refresh(Collection<String> customerKeys) {
        synchronized (refreshing) {
            for (StoredSegment s : store.segments()) {
                refresh(s.id(), SegmentRules.check(ConditionText.decode(s.conditionsText())), customerKeys);
            }
        }
    }

    /**
     * One refresh at a time on this node, so an edit's re-materialisation and a refresh that read the
     * old rules do not interleave; across nodes the next refresh repairs such a race (docs/analytics.md).
     */
    private void refresh(long id, SegmentRules.Checked checked, Collection<String> among) {
        synchronized (refreshing) {
            change(id, checked, among);
        }
    }

    private void change(long id, SegmentRules.Checked checked, Collection<String> among) {
        Set<String> now = store.matching(checked.rules(), among);
        Set<String> before = store.members(id, among);
        Set<String> entered = new HashSet<>(now);
        entered.removeAll(before);
        Set<String> left = new HashSet<>(before);
        left.removeAll(now);
        store.changeMembers(id, entered, left, now());
    }

    private StoredSegment stored(long id) {
        return store.segment(id).orElseThrow(() -> new NotFoundException("segment " + id));
    }

    private static Segment segment(StoredSegment s) {
        return s.toSegment(ConditionText.decode(s.conditionsText()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
