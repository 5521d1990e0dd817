package kr.crm.tasks.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import kr.crm.api.grade.Grade;
import kr.crm.api.store.AccountOwner;
import kr.crm.api.store.Leases;
import kr.crm.api.store.TaskStore;
import kr.crm.api.task.SweepResult;
import kr.crm.api.task.Task;
import kr.crm.api.task.TaskEvents;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The periodic pass over all tasks, on one node at a time (database lease {@code task-sweep}):
 * escalates open tasks overdue by the configured days, once each, and plans the grade's plan for
 * graded accounts with an owner that have no open task of it and none done within the cadence (an
 * account graded before the tasks bundle came, or whose task was cancelled by hand).
 */
final class TaskSweep {
    static final String LEASE = "task-sweep";
    static final int PAGE = 1000;

    private final TaskStore store;
    private final Leases leases;
    private final ActionPlans plans;
    private final PlanConfig config;
    private final EventAdmin events;
    private final Clock clock;
    private final ReentrantLock running = new ReentrantLock();

    TaskSweep(TaskStore store, Leases leases, ActionPlans plans, PlanConfig config, EventAdmin events, Clock clock) {
        this.store = store;
        this.leases = leases;
        this.plans = plans;
        this.config = config;
        this.events = events;
        this.clock = clock;
    }

    SweepResult run() {
        long started = System.nanoTime();
        if (!running.tryLock()) {
            return new SweepResult(false, 0, 0, 0);
        }
        try {
            if (!leases.tryTake(LEASE, Duration.ofMinutes(config.sweepLeaseMinutes()))) {
                return new SweepResult(false, 0, 0, 0);
            }
            try {
                int escalated = escalate();
                int planned = plan();
                return new SweepResult(true, escalated, planned, (System.nanoTime() - started) / 1_000_000);
            } finally {
                leases.release(LEASE);
            }
        } finally {
            running.unlock();
        }
    }

    private int escalate() {
        LocalDate dueBefore = Tasks.today(clock).minusDays(config.escalateAfterDays());
        int total = 0;
        List<Task> marked;
        do {
            marked = store.escalateOverdue(dueBefore, now(), PAGE);
            marked.forEach(this::announce);
            total += marked.size();
        } while (marked.size() == PAGE);
        return total;
    }

    private void announce(Task task) {
        if (events != null) {
            Map<String, Object> props = new HashMap<>();
            props.put(TaskEvents.TASK_ID, task.id());
            props.put(TaskEvents.ACCOUNT_KEY, task.accountKey());
            props.put(TaskEvents.OWNER_REP, task.ownerRep());
            props.put(TaskEvents.DUE_ON, task.dueOn().toString());
            events.postEvent(new Event(TaskEvents.TOPIC_ESCALATED, props));
        }
    }

    private int plan() {
        int total = 0;
        for (Grade grade : Grade.values()) {
            ActionPlans.Plan plan = plans.of(grade);
            Instant doneSince = now().minus(plan.cadenceDays(), ChronoUnit.DAYS);
            LocalDate due = Tasks.today(clock).plusDays(config.firstDueDays());
            while (true) {
                List<AccountOwner> page = store.unplanned(grade, plan.ruleId(), doneSince, PAGE);
                List<Task> tasks = page.stream().map(a -> Tasks.open(a.accountKey(), a.contactKey(), a.ownerRep(),
                        plan.type(), due, plan.ruleId(), "grade " + grade + ": " + plan.describe()
                                + "; the account had no open task of its plan")).toList();
                int created = store.createAllIfNone(tasks, now());
                total += created;
                if (page.size() < PAGE || created == 0) {
                    break;
                }
            }
        }
        return total;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
