package kr.crm.persistence.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kr.crm.api.order.IngestOutcome;
import kr.crm.api.order.IngestResult;
import kr.crm.api.store.IngestStatStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = IngestStatStore.class)
public final class MyBatisIngestStatStore implements IngestStatStore {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final SqlSessions sessions;

    @Activate
    public MyBatisIngestStatStore(@Reference SqlSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void count(IngestResult result, LocalDate day, Instant at) {
        countAll(List.of(result), day, at);
    }

    /** One counter update per source and outcome; each rejection kept. */
    @Override
    public void countAll(List<IngestResult> results, LocalDate day, Instant at) {
        if (results.isEmpty()) {
            return;
        }
        Map<String, Map<IngestOutcome, Long>> tally = results.stream().collect(Collectors.groupingBy(
                IngestResult::source, TreeMap::new,
                Collectors.groupingBy(IngestResult::outcome, () -> new EnumMap<>(IngestOutcome.class),
                        Collectors.counting())));
        sessions.inTransaction(s -> {
            IngestStatMapper m = s.getMapper(IngestStatMapper.class);
            tally.forEach((source, counts) -> counts.forEach((outcome, n) -> m.count(source, day, outcome, n)));
            results.stream().filter(r -> r.outcome() == IngestOutcome.REJECTED).forEach(r -> m.reject(r, at));
            return null;
        });
    }

    @Override
    public Map<IngestOutcome, Long> outcomes(String source, LocalDate from, LocalDate to) {
        Map<IngestOutcome, Long> outcomes = new EnumMap<>(IngestOutcome.class);
        for (Map<String, Object> row : sessions.read(s -> s.getMapper(IngestStatMapper.class).outcomes(source, from, to))) {
            outcomes.put(IngestOutcome.valueOf(String.valueOf(row.get("outcome"))), ((Number) row.get("n")).longValue());
        }
        return outcomes;
    }

    @Override
    public List<IngestResult> rejections(String source, LocalDate from, LocalDate to, int limit) {
        Instant start = from.atStartOfDay(SEOUL).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(SEOUL).toInstant();
        return sessions.read(s -> s.getMapper(IngestStatMapper.class).rejections(source, start, end, limit));
    }
}
