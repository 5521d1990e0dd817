package kr.crm.service.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import kr.crm.api.common.ValidationException;
import kr.crm.api.service.ChangeKind;
import kr.crm.api.service.RequestStatus;
import kr.crm.api.service.SatisfactionGroup;
import kr.crm.api.service.SatisfactionRow;
import kr.crm.api.service.SatisfactionService;
import kr.crm.api.service.ServiceRequest;
import kr.crm.api.service.SurveyResult;
import kr.crm.api.store.AccountOwner;
import kr.crm.api.store.ServiceRequestStore;
import kr.crm.api.store.SurveyStore;
import kr.crm.api.store.TaskStore;
import kr.crm.api.task.Task;
import kr.crm.api.task.TaskStatus;
import kr.crm.api.task.TaskType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The satisfaction survey of resolved requests: one answer per resolution (a reopened request resolved again is
 * asked again), kept with the assignee and type it had when resolved; a score at or under {@code lowScore}
 * (PID {@code kr.crm.service}) gives the account's owner rep (else the assignee) a follow-up task, once per
 * request while it is open, and leaves an internal note on the request.
 */
@Component(service = {SatisfactionService.class, Surveys.class}, configurationPid = "kr.crm.service")
public final class DefaultSatisfaction implements SatisfactionService, Surveys {
    static final int COMMENT_MAX = 1000;
    static final String RULE = "service-survey:";

    private final SurveyStore surveys;
    private final ServiceRequestStore requests;
    private final TaskStore tasks;
    private final int lowScore;
    private final ZoneId zone;
    private final Clock clock;

    @Activate
    public DefaultSatisfaction(@Reference SurveyStore surveys, @Reference ServiceRequestStore requests,
            @Reference TaskStore tasks, ServiceConfig config) {
        this(surveys, requests, tasks, config.lowScore(), ZoneId.of(config.zone()), Clock.systemUTC());
    }

    DefaultSatisfaction(SurveyStore surveys, ServiceRequestStore requests, TaskStore tasks, int lowScore, ZoneId zone,
            Clock clock) {
        this.surveys = surveys;
        this.requests = requests;
        this.tasks = tasks;
        this.lowScore = lowScore;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public boolean open(ServiceRequest r) {
        return resolved(r) && answerOf(r).isEmpty();
    }

    @Override
    public Optional<SurveyResult> answerOf(ServiceRequest r) {
        return r.resolvedAt() == null ? Optional.empty() : surveys.find(Long.parseLong(r.id()), r.resolvedAt());
    }

    @Override
    public SurveyResult answer(ServiceRequest r, Integer score, String comment) {
        if (score == null) {
            throw new ValidationException("score", "is required");
        }
        if (score < 1 || score > 5) {
            throw new ValidationException("score", "must be 1 to 5");
        }
        String text = Texts.optional("comment", comment, COMMENT_MAX);
        if (!resolved(r)) {
            throw new ValidationException("score", "the request is not resolved yet; the survey opens when it is");
        }
        if (answerOf(r).isPresent()) {
            throw new ValidationException("score", "this resolution was already rated");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        SurveyResult answer = new SurveyResult(r.id(), r.resolvedAt(), score, text, r.assignee(), r.type(), now);
        // The task first: it is once per request and account, so an answer refused below leaves no second task.
        String followUp = score <= lowScore ? followUp(r, score, now) : null;
        if (!surveys.insert(answer)) {
            throw new ValidationException("score", "this resolution was already rated");
        }
        if (score <= lowScore) {
            requests.addEntry(Long.parseLong(r.id()), ChangeKind.NOTE, "만족도 조사 낮은 점수 " + score + "/5"
                    + (followUp == null ? " (담당 영업 없음: 후속 작업 미생성)" : " - 후속 작업: " + followUp)
                    + (text == null ? "" : "\n" + text), false, false, DefaultPortalService.CUSTOMER, now);
        }
        return answer;
    }

    /** The follow-up task's rep (null if the account has no owner and the request no assignee). */
    private String followUp(ServiceRequest r, int score, Instant now) {
        AccountOwner owner = tasks.owners(List.of(r.accountKey())).stream().findFirst().orElse(null);
        String rep = owner != null && owner.ownerRep() != null ? owner.ownerRep() : r.assignee();
        if (rep == null) {
            return null;
        }
        String contact = r.contactKey() != null ? r.contactKey() : owner == null ? null : owner.contactKey();
        LocalDate due = now.atZone(zone).toLocalDate().plusDays(1);
        tasks.createIfNone(new Task(null, r.accountKey(), contact, rep, TaskType.TM, due,
                "서비스 요청 #" + r.id() + " 만족도 " + score + "/5: 고객에게 연락해 불만을 확인하세요", RULE + r.id(),
                TaskStatus.OPEN, null, null, null, null, 0), now);
        return rep;
    }

    private static boolean resolved(ServiceRequest r) {
        return r.resolvedAt() != null && (r.status() == RequestStatus.RESOLVED || r.status() == RequestStatus.CLOSED);
    }

    @Override
    public List<SurveyResult> ofRequest(String requestId) {
        long id = id(requestId);
        requests.find(id).orElseThrow(() -> new kr.crm.api.common.NotFoundException("service request " + requestId));
        return surveys.ofRequest(id);
    }

    @Override
    public List<SatisfactionRow> report(SatisfactionGroup by, LocalDate from, LocalDate to, String type) {
        if (by == null) {
            throw new ValidationException("by", "must be ASSIGNEE or TYPE");
        }
        if (from == null || to == null) {
            throw new ValidationException(from == null ? "from" : "to", "is required (yyyy-MM-dd)");
        }
        if (to.isBefore(from)) {
            throw new ValidationException("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) > 3660) {
            throw new ValidationException("to", "the period must be at most ten years");
        }
        return surveys.report(by, from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant(),
                Texts.optional("type", type, 30), lowScore);
    }

    private static long id(String requestId) {
        try {
            return Long.parseLong(requestId);
        } catch (NumberFormatException e) {
            throw new kr.crm.api.common.NotFoundException("service request " + requestId);
        }
    }
}
