package kr.crm.tasks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import kr.crm.api.grade.Grade;
import kr.crm.api.store.TaskStore;
import kr.crm.api.task.Task;
import kr.crm.api.task.TaskOutcome;
import kr.crm.api.task.TaskStatus;
import kr.crm.api.task.TaskType;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class DefaultTaskServiceTest {
    private final TaskStore store = mock(TaskStore.class);
    private final PlanConfig config = config();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneOffset.UTC);
    private final DefaultTaskService service = new DefaultTaskService(store, config, clock);

    private static PlanConfig config() {
        PlanConfig c = mock(PlanConfig.class);
        when(c.planS()).thenReturn("VISIT:30");
        when(c.planA()).thenReturn("TM:30");
        when(c.planB()).thenReturn("TM:60");
        when(c.planC()).thenReturn("DM:90");
        when(c.planD()).thenReturn("EMAIL:180");
        when(c.firstDueDays()).thenReturn(7);
        when(c.visitAfterInterestDays()).thenReturn(7);
        return c;
    }

    @Test
    void aGradeChangeCancelsTheOldPlanAndPlansTheNewOneForTheOwner() {
        when(store.ownerRepOf("K1")).thenReturn(Optional.of("rep.kim"));
        service.gradeChanged("K1", Grade.C, Grade.A);
        verify(store).cancelOpen(eq("K1"), eq("plan:"), eq("plan:A"), any());
        ArgumentCaptor<Task> task = ArgumentCaptor.forClass(Task.class);
        verify(store).createIfNone(task.capture(), any());
        assertThat(task.getValue().type()).isEqualTo(TaskType.TM);
        assertThat(task.getValue().ownerRep()).isEqualTo("rep.kim");
        assertThat(task.getValue().dueOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(task.getValue().why()).contains("C -> A");
    }

    @Test
    void withoutAnOwnerNothingIsPlannedButOldTasksStillClose() {
        when(store.ownerRepOf("K1")).thenReturn(Optional.empty());
        service.gradeChanged("K1", Grade.B, Grade.C);
        verify(store).cancelOpen(eq("K1"), eq("plan:"), eq("plan:C"), any());
        verify(store, never()).createIfNone(any(), any());
    }

    @Test
    void enteringSAlsoPlansTheWelcome() {
        when(store.ownerRepOf("K1")).thenReturn(Optional.of("rep.kim"));
        service.gradeChanged("K1", Grade.A, Grade.S);
        ArgumentCaptor<Task> task = ArgumentCaptor.forClass(Task.class);
        verify(store, org.mockito.Mockito.times(2)).createIfNone(task.capture(), any());
        assertThat(task.getAllValues()).extracting(Task::ruleId).containsExactly("plan:S", "welcome:top-grade");
    }

    @Test
    void anInterestedTmCallPlansAVisitAndTheNextCall() {
        Task tm = new Task("7", "K1", null, "rep.kim", TaskType.TM, LocalDate.of(2026, 11, 20), "plan", "plan:A",
                TaskStatus.OPEN, null, null, 1);
        when(store.find(7)).thenReturn(Optional.of(tm));
        when(store.complete(eq(7L), eq(1L), eq(TaskOutcome.INTERESTED), any(), eq("rep.kim"), any())).thenReturn(true);
        service.complete("7", 1, TaskOutcome.INTERESTED, null, "rep.kim");
        ArgumentCaptor<Task> task = ArgumentCaptor.forClass(Task.class);
        verify(store, org.mockito.Mockito.times(2)).createIfNone(task.capture(), any());
        List<Task> planned = task.getAllValues();
        assertThat(planned).extracting(Task::type).containsExactly(TaskType.TM, TaskType.VISIT);
        assertThat(planned.get(0).dueOn()).isEqualTo(LocalDate.of(2026, 12, 23));
        assertThat(planned.get(1).ruleId()).isEqualTo("followup:tm-interested");
    }

    @Test
    void aStaleCompletionIsRefused() {
        Task tm = new Task("7", "K1", null, "rep.kim", TaskType.TM, LocalDate.of(2026, 11, 20), "plan", "plan:A",
                TaskStatus.OPEN, null, null, 2);
        when(store.find(7)).thenReturn(Optional.of(tm));
        when(store.complete(anyLong(), anyLong(), any(), any(), any(), any())).thenReturn(false);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> service.complete("7", 1, TaskOutcome.REACHED, null, "rep.kim"))
                .isInstanceOf(kr.crm.api.common.StaleVersionException.class);
        verify(store, never()).createIfNone(any(), any());
    }
}
