package kr.crm.tasks.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.StaleVersionException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.grade.Grade;
import kr.crm.api.grade.GradeEvents;
import kr.crm.api.store.AccountOwner;
import kr.crm.api.store.Leases;
import kr.crm.api.store.TaskStore;
import kr.crm.api.task.SweepResult;
import kr.crm.api.task.Task;
import kr.crm.api.task.TaskOutcome;
import kr.crm.api.task.TaskStatus;
import kr.crm.api.task.TaskService;
import kr.crm.api.task.TaskType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The action rules: a grade change cancels the open tasks of the other grades' plans and plans the
 * new grade's first task for the account's owner rep (none without an owner), naming the account's
 * contact person; completing a planned task plans the next after the cadence, and the outcome rules
 * may plan an extra task or move the next one (a TM call with outcome INTERESTED plans a visit);
 * entering S plans the welcome e-mail. A sweep on a schedule escalates overdue tasks and plans for
 * graded accounts without a task of their plan. The database keeps one open task per rule and account.
 */
@Component(service = {TaskService.class, EventHandler.class}, configurationPid = "kr.crm.tasks",
        property = EventConstants.EVENT_TOPIC + "=" + GradeEvents.TOPIC_CHANGED)
@Designate(ocd = PlanConfig.class)
public final class DefaultTaskService implements TaskService, EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultTaskService.class);

    private final TaskStore store;
    private final ActionPlans plans;
    private final OutcomeRules outcomes;
    private final PlanConfig config;
    private final TaskSweep sweep;
    private final Clock clock;
    /** Grade changes handled together at most. */
    static final int BATCH = 1000;

    /** A grade change as the event told it. */
    record Change(String account, Grade from, Grade to) {
    }

    private final BlockingQueue<Change> changes = new LinkedBlockingQueue<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "crm-task-rules"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "crm-task-sweep"));

    @Activate
    public DefaultTaskService(@Reference TaskStore store, @Reference Leases leases,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            EventAdmin events, PlanConfig config) {
        this(store, leases, events, config, Clock.systemUTC());
        if (config.sweepIntervalMinutes() > 0) {
            timer.scheduleWithFixedDelay(this::scheduledSweep, 1, config.sweepIntervalMinutes(), TimeUnit.MINUTES);
        }
    }

    DefaultTaskService(TaskStore store, Leases leases, EventAdmin events, PlanConfig config, Clock clock) {
        this.store = store;
        this.plans = new ActionPlans(config);
        this.outcomes = new OutcomeRules(config.outcomeRules());
        this.config = config;
        this.clock = clock;
        this.sweep = new TaskSweep(store, leases, plans, config, events, clock);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
        worker.shutdownNow();
    }

    private void scheduledSweep() {
        try {
            SweepResult r = sweep.run();
            if (r.ran() && r.escalated() + r.planned() > 0) {
                LOG.info("Task sweep: {} escalated, {} planned, {} ms", r.escalated(), r.planned(), r.millis());
            }
        } catch (RuntimeException e) {
            LOG.warn("Task sweep stopped: {}", e.getClass().getName());
        }
    }

    /**
     * Queues the change; the worker takes the queue in batches of up to {@link #BATCH}, so a full
     * re-grade that changes many accounts costs a few statements per batch, not per account.
     */
    @Override
    public void handleEvent(Event event) {
        Object account = event.getProperty(GradeEvents.ACCOUNT_KEY);
        Object to = event.getProperty(GradeEvents.TO);
        Object from = event.getProperty(GradeEvents.FROM);
        if (account instanceof String key && to instanceof String grade) {
            try {
                changes.add(new Change(key, from == null ? null : Grade.valueOf(from.toString()), Grade.valueOf(grade)));
            } catch (IllegalArgumentException e) {
                LOG.warn("Grade change event with an unknown grade ignored");
                return;
            }
            worker.execute(this::drain);
        }
    }

    private void drain() {
        List<Change> batch = new ArrayList<>();
        changes.drainTo(batch, BATCH);
        if (batch.isEmpty()) {
            return;
        }
        try {
            gradesChanged(batch);
        } catch (RuntimeException e) {
            LOG.warn("Task rules after {} grade changes failed: {}", batch.size(), e.getClass().getName());
        }
    }

    void gradeChanged(String account, Grade from, Grade to) {
        gradesChanged(List.of(new Change(account, from, to)));
    }

    /**
     * Per account (the first {@code from} and last {@code to} when it changed more than once): the
     * open tasks of the other grades' plans are cancelled, the new grade's plan gets its first task
     * for the owner rep naming the contact person, and entering S plans the welcome.
     */
    void gradesChanged(List<Change> batch) {
        Map<String, Change> perAccount = new LinkedHashMap<>();
        for (Change c : batch) {
            perAccount.merge(c.account(), c, (first, later) -> new Change(first.account(), first.from(), later.to()));
        }
        Map<Grade, List<String>> byGrade = new EnumMap<>(Grade.class);
        perAccount.values().forEach(c -> byGrade.computeIfAbsent(c.to(), g -> new ArrayList<>()).add(c.account()));
        byGrade.forEach((grade, accounts) -> store.cancelOpen(accounts, ActionPlans.PLAN_PREFIX,
                plans.of(grade).ruleId(), now()));
        LocalDate due = today().plusDays(config.firstDueDays());
        List<Task> tasks = new ArrayList<>();
        for (AccountOwner o : store.owners(perAccount.keySet())) {
            Change c = perAccount.get(o.accountKey());
            if (o.ownerRep() == null || c == null) {
                continue;
            }
            ActionPlans.Plan plan = plans.of(c.to());
            tasks.add(Tasks.open(o.accountKey(), o.contactKey(), o.ownerRep(), plan.type(), due, plan.ruleId(),
                    "grade " + (c.from() == null ? "" : c.from() + " -> ") + c.to() + ": " + plan.describe()));
            if (c.to() == Grade.S && c.from() != Grade.S) {
                tasks.add(Tasks.open(o.accountKey(), o.contactKey(), o.ownerRep(), TaskType.EMAIL, today(),
                        ActionPlans.WELCOME, "entered the top grade S: welcome message (SMS, e-mail), once"));
            }
        }
        store.createAllIfNone(tasks, now());
    }

    @Override
    public List<Task> openTasksOf(String rep, LocalDate until) {
        if (rep == null || rep.isBlank()) {
            throw new ValidationException("rep", "is required");
        }
        return store.open(rep, until == null ? today() : until);
    }

    @Override
    public List<Task> doneTasksOf(String rep, LocalDate since) {
        if (rep == null || rep.isBlank()) {
            throw new ValidationException("rep", "is required");
        }
        LocalDate from = since == null ? today().minusDays(30) : since;
        return store.done(rep, from.atStartOfDay(Tasks.SEOUL).toInstant());
    }

    @Override
    public List<Task> tasksOfAccount(String accountKey) {
        return store.ofAccount(accountKey);
    }

    @Override
    public Optional<Task> find(String taskId) {
        return store.find(id(taskId));
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

    /**
     * The plan's next task after its cadence (scaled by a NEXT outcome rule), and the extra tasks the
     * outcome rules plan. Follow-ups name the same contact person, except after WRONG_CONTACT.
     */
    private void followUp(Task done, TaskOutcome outcome) {
        String contact = outcome == TaskOutcome.WRONG_CONTACT ? null : done.contactKey();
        ActionPlans.Plan plan = plans.ofRule(done.ruleId());
        if (plan != null) {
            double factor = outcomes.nextFactor(done.type(), outcome);
            long days = Math.max(1, Math.round(plan.cadenceDays() * factor));
            String why = "next of the plan of " + plan.grade() + ": " + plan.describe()
                    + (factor == 1 ? "" : "; " + days + " days after " + outcome + " (outcome rule)");
            store.createIfNone(Tasks.open(done.accountKey(), contact, done.ownerRep(), plan.type(),
                    today().plusDays(days), plan.ruleId(), why), now());
        }
        for (OutcomeRules.Rule rule : outcomes.extraTasks(done.type(), outcome)) {
            store.createIfNone(Tasks.open(done.accountKey(), contact, done.ownerRep(), rule.type(),
                    today().plusDays(rule.days()), rule.ruleId(), done.type() + " (task " + done.id() + ") ended "
                            + outcome + ": " + rule.type() + " within " + rule.days() + " days"), now());
        }
    }

    @Override
    public List<Task> escalatedTasks() {
        return store.escalated(500);
    }

    @Override
    public SweepResult sweep() {
        return sweep.run();
    }

    private static long id(String taskId) {
        try {
            return Long.parseLong(taskId);
        } catch (NumberFormatException | NullPointerException e) {
            throw new NotFoundException("task " + taskId);
        }
    }

    private LocalDate today() {
        return Tasks.today(clock);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
