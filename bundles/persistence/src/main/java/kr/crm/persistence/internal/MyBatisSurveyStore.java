package kr.crm.persistence.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.crm.api.service.SatisfactionGroup;
import kr.crm.api.service.SatisfactionRow;
import kr.crm.api.service.SurveyResult;
import kr.crm.api.store.SurveyStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Satisfaction answers over SurveyMapper.xml (table {@code service_survey}, V21). */
@Component(service = SurveyStore.class)
public final class MyBatisSurveyStore implements SurveyStore {
    private final SqlSessions sessions;

    @Activate
    public MyBatisSurveyStore(@Reference SqlSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean insert(SurveyResult answer) {
        return sessions.insertOnce(s -> s.getMapper(SurveyMapper.class).insert(answer));
    }

    @Override
    public Optional<SurveyResult> find(long requestId, Instant resolvedAt) {
        return Optional.ofNullable(sessions.read(s -> s.getMapper(SurveyMapper.class).find(requestId, resolvedAt)))
                .map(MyBatisSurveyStore::answer);
    }

    @Override
    public List<SurveyResult> ofRequest(long requestId) {
        return sessions.read(s -> s.getMapper(SurveyMapper.class).ofRequest(requestId)).stream()
                .map(MyBatisSurveyStore::answer).toList();
    }

    @Override
    public List<SatisfactionRow> report(SatisfactionGroup by, Instant from, Instant to, String type, int lowScore) {
        return sessions.read(s -> s.getMapper(SurveyMapper.class).report(by == SatisfactionGroup.ASSIGNEE, from, to,
                type, lowScore)).stream()
                .map(r -> new SatisfactionRow((String) r.get("grp"), GradeRows.number(r.get("answers")),
                        GradeRows.decimal(r.get("average")).doubleValue(), GradeRows.number(r.get("low"))))
                .toList();
    }

    private static SurveyResult answer(Map<String, Object> r) {
        return new SurveyResult(String.valueOf(GradeRows.number(r.get("requestId"))),
                GradeRows.instant(r.get("resolvedAt")), (int) GradeRows.number(r.get("score")),
                (String) r.get("comment"), (String) r.get("assignee"), (String) r.get("type"),
                GradeRows.instant(r.get("answeredAt")));
    }
}
