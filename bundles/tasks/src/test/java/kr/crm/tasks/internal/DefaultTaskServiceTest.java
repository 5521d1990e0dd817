package kr.crm.tasks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
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
import kr.crm.api.store.AccountOwner;
import kr.crm.api.store.Leases;
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
    private final Leases leases = mock(Leases.class);
    private final DefaultTaskService service = new DefaultTaskService(store, leases, null, config, clock);

    private static PlanConfig config() {
        PlanConfig c = mock(PlanConfig.class);
        when(c.planS()).thenReturn("VISIT:30");
        when(c.planA()).thenReturn("TM:30");
        when(c.planB()).thenReturn("TM:60");
        when(c.planC()).thenReturn("DM:90");
        when(c.planD()).thenReturn("EMAIL:180");
        when(c.firstDueDays()).thenReturn(7);
        when(c.outcomeRules()).thenReturn(new String[] {"TM:INTERESTED=VISIT:7", "TM:NOT_INTERESTED=NEXT:2",
            "TM:WRONG_CONTACT=TM:3"});
        when(c.escalateAfterDays()).thenReturn(3);
        when(c.sweepLeaseMinutes()).thenReturn(10);
        return c;
    }

    @SuppressWarnings("unchecked")
    private List<Task> planned() {
        ArgumentCaptor<List<Task>> tasks = ArgumentCaptor.forClass(List.class);
        verify(store).createAllIfNone(tasks.capture(), any());
        return tasks.getValue();
    }

    @Test
    void aGradeChangeCancelsTheOldPlanAndPlansTheNewOneForTheOwnerNamingTheContact() {
        when(store.owners(any())).thenReturn(List.of(new AccountOwner("K1", "rep.kim", "P123")));
        service.gradeChanged("K1", Grade.C, Grade.A);
        verify(store).cancelOpen(eq(List.of("K1")), eq("plan:"), eq("plan:A"), any());
        Task task = planned().get(0);
        assertThat(task.type()).isEqualTo(TaskType.TM);
        assertThat(task.ownerRep()).isEqualTo("rep.kim");
        assertThat(task.contactKey()).isEqualTo("P123");
        assertThat(task.dueOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(task.why()).isEqualTo("grade C -> A: TM every 30 days (visit or phone promotion)");
    }

    @Test
    void withoutAnOwnerNothingIsPlannedButOldTasksStillClose() {
        when(store.owners(any())).thenReturn(List.of(new AccountOwner("K1", null, null)));
        service.gradeChanged("K1", Grade.B, Grade.C);
        verify(store).cancelOpen(eq(List.of("K1")), eq("plan:"), eq("plan:C"), any());
        assertThat(planned()).isEmpty();
    }

    @Test
    void enteringSAlsoPlansTheWelcome() {
        when(store.owners(any())).thenReturn(List.of(new AccountOwner("K1", "rep.kim", null)));
        service.gradeChanged("K1", Grade.A, Grade.S);
        assertThat(planned()).extracting(Task::ruleId).containsExactly("plan:S", "welcome:top-grade");
    }

    @Test
    void aBatchOfChangesCostsOneStatementPerGradeAndOneInsert() {
        when(store.owners(any())).thenReturn(List.of(new AccountOwner("K1", "rep.kim", null),
                new AccountOwner("K2", "rep.lee", null), new AccountOwner("K3", "rep.kim", null)));
        service.gradesChanged(List.of(new DefaultTaskService.Change("K1", null, Grade.C),
                new DefaultTaskService.Change("K2", Grade.C, Grade.B), new DefaultTaskService.Change("K3", null, Grade.C),
                new DefaultTaskService.Change("K1", Grade.C, Grade.A)));
        verify(store).cancelOpen(eq(List.of("K1")), eq("plan:"), eq("plan:A"), any());
        verify(store).cancelOpen(eq(List.of("K2")), eq("plan:"), eq("plan:B"), any());
        verify(store).cancelOpen(eq(List.of("K3")), eq("plan:"), eq("plan:C"), any());
        assertThat(planned()).extracting(Task::accountKey, Task::ruleId, Task::why).containsExactly(
                tuple("K1", "plan:A", "grade A: TM every 30 days (visit or phone promotion)"),
                tuple("K2", "plan:B", "grade C -> B: TM every 60 days (TM call: confirm the person in charge)"),
                tuple("K3", "plan:C", "grade C: DM every 90 days (direct mail: confirm the address)"));
    }

    @Test
    void notInterestedPutsTheNextCallTwiceAsFarAway() {
        Task tm = new Task("7", "K1", "P1", "rep.kim", TaskType.TM, LocalDate.of(2026, 11, 20), "plan", "plan:B",
                TaskStatus.OPEN, null, null, null, null, 1);
        when(store.find(7)).thenReturn(Optional.of(tm));
        when(store.complete(eq(7L), eq(1L), eq(TaskOutcome.NOT_INTERESTED), any(), eq("rep.kim"), any()))
                .thenReturn(true);
        service.complete("7", 1, TaskOutcome.NOT_INTERESTED, null, "rep.kim");
        ArgumentCaptor<Task> task = ArgumentCaptor.forClass(Task.class);
        verify(store).createIfNone(task.capture(), any());
        assertThat(task.getValue().dueOn()).isEqualTo(LocalDate.of(2026, 11, 23).plusDays(120));
        assertThat(task.getValue().contactKey()).isEqualTo("P1");
        assertThat(task.getValue().why()).contains("120 days after NOT_INTERESTED");
    }

    @Test
    void aWrongContactPlansACallToFindThePersonInCharge() {
        Task tm = new Task("7", "K1", "P1", "rep.kim", TaskType.TM, LocalDate.of(2026, 11, 20), "plan", "plan:B",
                TaskStatus.OPEN, null, null, null, null, 1);
        when(store.find(7)).thenReturn(Optional.of(tm));
        when(store.complete(eq(7L), eq(1L), eq(TaskOutcome.WRONG_CONTACT), any(), eq("rep.kim"), any()))
                .thenReturn(true);
        service.complete("7", 1, TaskOutcome.WRONG_CONTACT, null, "rep.kim");
        ArgumentCaptor<Task> task = ArgumentCaptor.forClass(Task.class);
        verify(store, org.mockito.Mockito.times(2)).createIfNone(task.capture(), any());
        Task extra = task.getAllValues().get(1);
        assertThat(extra.ruleId()).isEqualTo("followup:tm-wrong-contact");
        assertThat(extra.dueOn()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(task.getAllValues()).extracting(Task::contactKey).containsOnlyNulls();
    }

    @Test
    void anInterestedTmCallPlansAVisitAndTheNextCall() {
        Task tm = new Task("7", "K1", null, "rep.kim", TaskType.TM, LocalDate.of(2026, 11, 20), "plan", "plan:A",
                TaskStatus.OPEN, null, null, null, null, 1);
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
                TaskStatus.OPEN, null, null, null, null, 2);
        when(store.find(7)).thenReturn(Optional.of(tm));
        when(store.complete(anyLong(), anyLong(), any(), any(), any(), any())).thenReturn(false);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> service.complete("7", 1, TaskOutcome.REACHED, null, "rep.kim"))
                .isInstanceOf(kr.crm.api.common.StaleVersionException.class);
        verify(store, never()).createIfNone(any(), any());
    }
}
