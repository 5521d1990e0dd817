package kr.crm.tasks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import kr.crm.api.grade.Grade;
import kr.crm.api.store.AccountOwner;
import kr.crm.api.store.Leases;
import kr.crm.api.store.TaskStore;
import kr.crm.api.task.SweepResult;
import kr.crm.api.task.Task;
import kr.crm.api.task.TaskEvents;
import kr.crm.api.task.TaskStatus;
import kr.crm.api.task.TaskType;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

class TaskSweepTest {
    private final TaskStore store = mock(TaskStore.class);
    private final Leases leases = mock(Leases.class);
    private final EventAdmin events = mock(EventAdmin.class);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneOffset.UTC);

    private TaskSweep sweep() {
        PlanConfig config = mock(PlanConfig.class);
        when(config.planS()).thenReturn("VISIT:30");
        when(config.planA()).thenReturn("TM:30");
        when(config.planB()).thenReturn("TM:60");
        when(config.planC()).thenReturn("DM:90");
        when(config.planD()).thenReturn("EMAIL:180");
        when(config.firstDueDays()).thenReturn(7);
        when(config.escalateAfterDays()).thenReturn(3);
        when(config.sweepLeaseMinutes()).thenReturn(10);
        return new TaskSweep(store, leases, new ActionPlans(config), config, events, clock);
    }

    private static Task overdue(int id) {
        return new Task(String.valueOf(id), "K" + id, null, "rep.kim", TaskType.TM, LocalDate.of(2026, 11, 1), "plan",
                "plan:B", TaskStatus.OPEN, null, null, null, Instant.parse("2026-11-23T01:00:00Z"), 2);
    }

    @Test
    void withoutTheLeaseNothingHappens() {
        when(leases.tryTake(eq(TaskSweep.LEASE), any())).thenReturn(false);
        assertThat(sweep().run().ran()).isFalse();
        verify(store, never()).escalateOverdue(any(), any(), anyInt());
        verify(store, never()).unplanned(any(), any(), any(), anyInt());
    }

    @Test
    void overdueTasksAreEscalatedPageByPageAndAnnounced() {
        when(leases.tryTake(eq(TaskSweep.LEASE), any())).thenReturn(true);
        List<Task> full = IntStream.range(0, TaskSweep.PAGE).mapToObj(TaskSweepTest::overdue).toList();
        when(store.escalateOverdue(eq(LocalDate.of(2026, 11, 20)), any(), eq(TaskSweep.PAGE)))
                .thenReturn(full, List.of(overdue(5000)));
        SweepResult result = sweep().run();
        assertThat(result.escalated()).isEqualTo(TaskSweep.PAGE + 1);
        ArgumentCaptor<Event> event = ArgumentCaptor.forClass(Event.class);
        verify(events, times(TaskSweep.PAGE + 1)).postEvent(event.capture());
        Event last = event.getValue();
        assertThat(last.getTopic()).isEqualTo(TaskEvents.TOPIC_ESCALATED);
        assertThat(last.getProperty(TaskEvents.TASK_ID)).isEqualTo("5000");
        assertThat(last.getProperty(TaskEvents.DUE_ON)).isEqualTo("2026-11-01");
        verify(leases).release(TaskSweep.LEASE);
    }

    @Test
    void gradedAccountsWithoutATaskOfTheirPlanGetOne() {
        when(leases.tryTake(eq(TaskSweep.LEASE), any())).thenReturn(true);
        when(store.escalateOverdue(any(), any(), anyInt())).thenReturn(List.of());
        when(store.unplanned(eq(Grade.A), eq("plan:A"), any(), eq(TaskSweep.PAGE)))
                .thenReturn(List.of(new AccountOwner("K1", "rep.kim", "P1")));
        when(store.unplanned(eq(Grade.S), eq("plan:S"), any(), eq(TaskSweep.PAGE))).thenReturn(List.of());
        when(store.unplanned(eq(Grade.B), any(), any(), anyInt())).thenReturn(List.of());
        when(store.unplanned(eq(Grade.C), any(), any(), anyInt())).thenReturn(List.of());
        when(store.unplanned(eq(Grade.D), any(), any(), anyInt())).thenReturn(List.of());
        when(store.createAllIfNone(anyList(), any())).thenAnswer(a -> ((List<?>) a.getArgument(0)).size());
        SweepResult result = sweep().run();
        assertThat(result.planned()).isEqualTo(1);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<Task>> tasks = ArgumentCaptor.forClass(List.class);
        verify(store, times(5)).createAllIfNone(tasks.capture(), any());
        Task planned = tasks.getAllValues().stream().flatMap(List::stream).findFirst().orElseThrow();
        assertThat(planned.accountKey()).isEqualTo("K1");
        assertThat(planned.contactKey()).isEqualTo("P1");
        assertThat(planned.type()).isEqualTo(TaskType.TM);
        assertThat(planned.dueOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(planned.ruleId()).isEqualTo("plan:A");
    }
}
