package kr.crm.tasks.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.StaleVersionException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.grade.Grade;
import kr.crm.api.grade.GradeEvents;
import kr.crm.api.store.TaskStore;
import kr.crm.api.task.Task;
import kr.crm.api.task.TaskOutcome;
import kr.crm.api.task.TaskService;
import kr.crm.api.task.TaskStatus;
import kr.crm.api.task.TaskType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The action rules: a grade change cancels the open tasks of the other grades' plans and plans the
 * new grade's first task for the account's owner rep (none without an owner); completing a planned
 * task plans the next after the cadence; a TM call with outcome INTERESTED plans a visit; entering S
 * plans the welcome e-mail. The database keeps one open task per rule and account.
 */
@Component(service = {TaskService.class, EventHandler.class}, configurationPid = "kr.crm.tasks",
        property = EventConstants.EVENT_TOPIC + "=" + GradeEvents.TOPIC_CHANGED)
@Designate(ocd = PlanConfig.class)
public final class DefaultTaskService implements TaskService, EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultTaskService.class);
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final TaskStore store;
    private final ActionPlans plans;
    private final PlanConfig config;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "crm-task-rules"));

    @Activate
    public DefaultTaskService(@Reference TaskStore store, PlanConfig config) {
        this(store, config, Clock.systemUTC());
    }

    DefaultTaskService(TaskStore store, PlanConfig config, Clock clock) {
        this.store = store;
        this.plans = new ActionPlans(config);
        this.config = config;
        this.clock = clock;
    }

    @Deactivate
    void stop() {
        worker.shutdownNow();
    }

    @Override
    public void handleEvent(Event event) {
        Object account = event.getProperty(GradeEvents.ACCOUNT_KEY);
        Object to = event.getProperty(GradeEvents.TO);
        Object from = event.getProperty(GradeEvents.FROM);
        if (account instanceof String key && to instanceof String grade) {
            worker.execute(() -> {
                try {
                    gradeChanged(key, from == null ? null : Grade.valueOf(from.toString()), Grade.valueOf(grade));
                } catch (RuntimeException e) {
                    LOG.warn("Task rules after a grade change failed: {}", e.getClass().getName());
                }
            });
        }
    }

    void gradeChanged(String account, Grade from, Grade to) {
        ActionPlans.Plan plan = plans.of(to);
        store.cancelOpen(account, ActionPlans.PLAN_PREFIX, plan.ruleId(), now());
        String owner = store.ownerRepOf(account).orElse(null);
        if (owner == null) {
            return;
        }
        LocalDate due = today().plusDays(config.firstDueDays());
        store.createIfNone(task(account, owner, plan.type(), due, plan.ruleId(), "grade " + (from == null ? "" : from
                + " -> ") + to + ": " + plan.type() + " every " + plan.cadenceDays() + " days"), now());
        if (to == Grade.S && from != Grade.S) {
            store.createIfNone(task(account, owner, TaskType.EMAIL, today(), ActionPlans.WELCOME,
                    "entered the top grade S: welcome message (SMS, e-mail), once"), now());
        }
    }

    @Override
    public List<Task> openTasksOf(String rep, LocalDate until) {
        if (rep == null || rep.isBlank()) {
            throw new ValidationException("rep", "is required");
        }
        return store.open(rep, until == null ? today() : until);
    }

    @Override
    public List<Task> tasksOfAccount(String accountKey) {
        return store.ofAccount(accountKey);
    }

    @Override
    public Task complete(String taskId, long expectedVersion, TaskOutcome outcome, String note, String byUser) {
        long id = id(taskId);
        if (outcome == null) {
            throw new ValidationException("outcome", "is required: DONE, REACHED, INTERESTED, NOT_INTERESTED or WRONG_CONTACT");
        }
        if (note != null && note.length() > 1000) {
            throw new ValidationException("note", "must be at most 1000 characters");
        }
        Task task = store.find(id).orElseThrow(() -> new NotFoundException("task " + taskId));
        if (task.status() != TaskStatus.OPEN) {
            throw new ValidationException("status", "the task is " + task.status() + ", not OPEN");
        }
        if (!store.complete(id, expectedVersion, outcome, note, byUser, now())) {
            throw new StaleVersionException("task " + taskId, store.find(id).map(Task::version).orElse(0L));
        }
        followUp(task, outcome);
        return store.find(id).orElseThrow();
    }

    private void followUp(Task done, TaskOutcome outcome) {
        ActionPlans.Plan plan = plans.ofRule(done.ruleId());
        if (plan != null) {
            store.createIfNone(task(done.accountKey(), done.ownerRep(), plan.type(),
                    today().plusDays(plan.cadenceDays()), plan.ruleId(),
                    "next " + plan.type() + " of the plan of " + plan.grade() + ", every " + plan.cadenceDays() + " days"),
                    now());
        }
        if (done.type() == TaskType.TM && outcome == TaskOutcome.INTERESTED) {
            store.createIfNone(task(done.accountKey(), done.ownerRep(), TaskType.VISIT,
                    today().plusDays(config.visitAfterInterestDays()), ActionPlans.VISIT_AFTER_INTEREST,
                    "TM call (task " + done.id() + ") found interest: visit for direct promotion"), now());
        }
    }

    private static Task task(String account, String owner, TaskType type, LocalDate due, String rule, String why) {
        return new Task(null, account, null, owner, type, due, why, rule, TaskStatus.OPEN, null, null, 0);
    }

    private static long id(String taskId) {
        try {
            return Long.parseLong(taskId);
        } catch (NumberFormatException | NullPointerException e) {
            throw new NotFoundException("task " + taskId);
        }
    }

    private LocalDate today() {
        return clock.instant().atZone(SEOUL).toLocalDate();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
