package kr.crm.persistence.internal;

import static kr.crm.persistence.internal.GradeRows.instant;
import static kr.crm.persistence.internal.GradeRows.number;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.crm.api.analytics.SegmentChange;
import kr.crm.api.analytics.SegmentMember;
import kr.crm.api.common.Page;
import kr.crm.api.common.PageRequest;
import kr.crm.api.security.AccountScope;
import kr.crm.api.store.SegmentStore;
import org.apache.ibatis.exceptions.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Segments, members and history over SegmentMapper.xml. */
@Component(service = SegmentStore.class)
public final class MyBatisSegmentStore implements SegmentStore {
    private static final String NS = SegmentMapper.class.getName() + ".";
    private static final Set<String> CUSTOMER_FIELDS = Set.of("region", "industry", "ownerRep");
    private static final Set<String> INTEREST_FIELDS = Set.of("recentOpens", "recentClicks", "daysSinceOpen",
            "daysSinceClick");

    private final SqlSessions sessions;

    @Activate
    public MyBatisSegmentStore(@Reference SqlSessions sessions) {
        this.sessions = sessions;
    }

    private static Map<String, Object> selection(List<Rule> rules, Collection<String> among) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Rule r : rules) {
            Map<String, Object> m = new HashMap<>();
            m.put("field", r.field());
            m.put("op", r.op());
            // "items", not "values": OGNL reads map.values on a Map as Map.values()
            m.put("items", r.values());
            m.put("value", r.values().get(0));
            list.add(m);
        }
        Map<String, Object> p = new HashMap<>();
        p.put("rules", list);
        p.put("among", among);
        p.put("needCustomer", rules.stream().anyMatch(r -> CUSTOMER_FIELDS.contains(r.field())));
        p.put("needInterest", rules.stream().anyMatch(r -> INTEREST_FIELDS.contains(r.field())));
        return p;
    }

    @Override
    public long count(List<Rule> rules) {
        return sessions.read(s -> s.<Long>selectOne(NS + "count", selection(rules, null)));
    }

    @Override
    public Set<String> matching(List<Rule> rules, Collection<String> among) {
        Set<String> keys = new HashSet<>();
        if (among == null) {
            sessions.read(s -> {
                s.select(NS + "matching", selection(rules, null), c -> keys.add((String) c.getResultObject()));
                return null;
            });
            return keys;
        }
        for (List<String> chunk : Chunks.of(among)) {
            keys.addAll(sessions.read(s -> s.<String>selectList(NS + "matching", selection(rules, chunk))));
        }
        return keys;
    }

    @Override
    public Optional<Long> create(String name, String description, String conditions, String user, Instant at) {
        Map<String, Object> row = new HashMap<>();
        row.put("name", name);
        row.put("description", description);
        row.put("conditions", conditions);
        row.put("createdBy", user);
        row.put("createdAt", at);
        try {
            sessions.inTransaction(s -> s.getMapper(SegmentMapper.class).create(row));
        } catch (PersistenceException e) {
            if (Duplicates.isDuplicateKey(e)) {
                return Optional.empty();
            }
            throw e;
        }
        return Optional.of(number(row.get("id")));
    }

    @Override
    public List<StoredSegment> segments() {
        Map<String, Object> p = new HashMap<>();
        p.put("id", null);
        return sessions.read(s -> s.<Map<String, Object>>selectList(NS + "segments", p)).stream()
                .map(MyBatisSegmentStore::stored).toList();
    }

    @Override
    public Optional<StoredSegment> segment(long id) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        return sessions.read(s -> s.<Map<String, Object>>selectList(NS + "segments", p)).stream()
                .map(MyBatisSegmentStore::stored).findFirst();
    }

    private static StoredSegment stored(Map<String, Object> r) {
        return new StoredSegment(number(r.get("id")), (String) r.get("name"), (String) r.get("description"),
                (String) r.get("conditions"), number(r.get("members")), (String) r.get("createdBy"),
                instant(r.get("createdAt")), number(r.get("version")), (String) r.get("updatedBy"),
                instant(r.get("updatedAt")));
    }

    @Override
    public Update update(long id, long version, String name, String description, String conditions, String user,
            Instant at) {
        try {
            int rows = sessions.inTransaction(s -> s.getMapper(SegmentMapper.class)
                    .update(id, version, name, description, conditions, user, at));
            return rows == 1 ? Update.DONE : Update.STALE;
        } catch (PersistenceException e) {
            if (Duplicates.isDuplicateKey(e)) {
                return Update.NAME_TAKEN;
            }
            throw e;
        }
    }

    @Override
    public boolean delete(long id) {
        return sessions.inTransaction(s -> s.getMapper(SegmentMapper.class).delete(id)) == 1;
    }

    @Override
    public Set<String> members(long id, Collection<String> among) {
        Set<String> keys = new HashSet<>();
        List<List<String>> chunks = among == null ? java.util.Collections.singletonList(null) : Chunks.of(among);
        for (List<String> chunk : chunks) {
            Map<String, Object> p = new HashMap<>();
            p.put("id", id);
            p.put("among", chunk);
            sessions.read(s -> {
                s.select(NS + "members", p, c -> keys.add((String) c.getResultObject()));
                return null;
            });
        }
        return keys;
    }

    /**
     * Per key in transactions of up to 1,000: a history entry only where the row really changed, so a
     * refresh racing another (two nodes) records each entry and exit once.
     */
    @Override
    public void changeMembers(long id, Collection<String> entered, Collection<String> left, Instant at) {
        for (List<String> chunk : Chunks.of(entered)) {
            sessions.inTransaction(s -> {
                SegmentMapper m = s.getMapper(SegmentMapper.class);
                for (String key : chunk) {
                    if (m.enter(id, key, at) == 1) {
                        m.record(id, key, "ENTERED", at);
                    }
                }
                return null;
            });
        }
        for (List<String> chunk : Chunks.of(left)) {
            sessions.inTransaction(s -> {
                SegmentMapper m = s.getMapper(SegmentMapper.class);
                for (String key : chunk) {
                    if (m.leave(id, key) == 1) {
                        m.record(id, key, "LEFT", at);
                    }
                }
                return null;
            });
        }
    }

    @Override
    public Page<SegmentMember> memberPage(long id, PageRequest page, AccountScope scope) {
        return sessions.read(s -> {
            SegmentMapper m = s.getMapper(SegmentMapper.class);
            List<SegmentMember> items = m.memberPage(id, page.size(), page.offset(), scope).stream()
                    .map(r -> new SegmentMember((String) r.get("customerKey"), (String) r.get("name"),
                            (String) r.get("kind"), (String) r.get("cell"), instant(r.get("enteredAt")),
                            (String) r.get("grade"), score(r.get("recency")), score(r.get("frequency")),
                            score(r.get("monetary")), (String) r.get("region"), (String) r.get("ownerRep")))
                    .toList();
            return new Page<>(items, page.page(), page.size(), m.memberCount(id, scope));
        });
    }

    private static int score(Object value) {
        return (int) number(value);
    }

    @Override
    public List<SegmentChange> history(long id, int limit) {
        return sessions.read(s -> s.getMapper(SegmentMapper.class).history(id, limit)).stream()
                .map(r -> new SegmentChange((String) r.get("customerKey"), (String) r.get("changeKind"),
                        instant(r.get("changedAt"))))
                .toList();
    }

    @Override
    public List<Long> segmentsOf(String customerKey) {
        return sessions.read(s -> s.getMapper(SegmentMapper.class).segmentsOf(customerKey));
    }
}
