package kr.crm.contactlog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kr.crm.api.common.ForbiddenException;
import kr.crm.api.common.StaleVersionException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.contactlog.ComplaintStatus;
import kr.crm.api.contactlog.ContactLogDraft;
import kr.crm.api.contactlog.ContactLogEntry;
import kr.crm.api.contactlog.ContactType;
import kr.crm.api.customer.ContactPersonService;
import kr.crm.api.customer.Customer;
import kr.crm.api.customer.CustomerService;
import kr.crm.api.security.CrmRoles;
import kr.crm.api.security.CrmUser;
import kr.crm.api.store.ContactLogStore;
import kr.crm.api.task.Task;
import kr.crm.api.task.TaskOutcome;
import kr.crm.api.task.TaskService;
import kr.crm.api.task.TaskStatus;
import kr.crm.api.task.TaskType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class DefaultContactLogServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");
    private final ContactLogStore store = mock(ContactLogStore.class);
    private final CustomerService customers = mock(CustomerService.class);
    private final ContactPersonService contacts = mock(ContactPersonService.class);
    private final TaskService tasks = mock(TaskService.class);
    private final DefaultContactLogService service = new DefaultContactLogService(store, customers, contacts, tasks,
            null, Clock.fixed(NOW, ZoneOffset.UTC));
    private final CrmUser kim = new CrmUser("rep.kim", "김영업", Set.of(CrmRoles.REP));
    private final CrmUser lee = new CrmUser("rep.lee", "이영업", Set.of(CrmRoles.REP));
    private final CrmUser admin = new CrmUser("admin", "관리자", Set.of(CrmRoles.ADMIN));

    @BeforeEach
    void survivorAccount() {
        Customer survivor = mock(Customer.class);
        when(survivor.key()).thenReturn("K-SURVIVOR");
        when(customers.find(anyString())).thenReturn(Optional.of(survivor));
    }

    private static ContactLogDraft draft(ContactType type, String summary, ComplaintStatus status, String task) {
        return new ContactLogDraft("K-MERGED", null, type, null, summary, null, null, null, status, task, null);
    }

    private static ContactLogEntry stored(String author) {
        return new ContactLogEntry("7", "K-SURVIVOR", null, ContactType.VISIT, OffsetDateTime.now(), "방문", null, null,
                null, null, null, author, author, false, 3, NOW, NOW);
    }

    @Test
    void anEntryGoesToTheSurvivingAccountAtNowAndAComplaintStartsOpen() {
        when(store.insert(any(), any(), any(), any(), any())).thenReturn(Optional.of(7L));
        when(store.find(7L)).thenReturn(Optional.of(stored("rep.kim")));
        service.log(draft(ContactType.COMPLAINT, "  납품 지연  ", null, null), null, kim);
        ArgumentCaptor<ContactLogDraft> saved = ArgumentCaptor.forClass(ContactLogDraft.class);
        verify(store).insert(saved.capture(), eq(null), eq("rep.kim"), eq(null), eq(NOW));
        assertThat(saved.getValue().accountKey()).isEqualTo("K-SURVIVOR");
        assertThat(saved.getValue().summary()).isEqualTo("납품 지연");
        assertThat(saved.getValue().complaintStatus()).isEqualTo(ComplaintStatus.OPEN);
        assertThat(saved.getValue().occurredAt().toInstant()).isEqualTo(NOW);
    }

    @Test
    void aTaskIsCompletedThroughTheTaskServiceBeforeTheEntryIsStored() {
        Task open = new Task("42", "K-SURVIVOR", null, "rep.kim", TaskType.TM, null, "plan", "plan:B", TaskStatus.OPEN,
                null, null, null, null, 4);
        when(tasks.tasksOfAccount("K-SURVIVOR")).thenReturn(List.of(open));
        when(tasks.complete("42", 4, TaskOutcome.DONE, "통화", "rep.kim")).thenReturn(open);
        when(store.insert(any(), eq("42"), any(), any(), any())).thenReturn(Optional.of(7L));
        when(store.find(7L)).thenReturn(Optional.of(stored("rep.kim")));
        service.log(draft(ContactType.CALL, "통화", null, "42"), null, kim);
        verify(tasks).complete("42", 4, TaskOutcome.DONE, "통화", "rep.kim");
    }

    private static Task done(String by) {
        return new Task("42", "K-SURVIVOR", null, "rep.kim", TaskType.TM, null, "plan", "plan:B", TaskStatus.DONE,
                TaskOutcome.DONE, NOW, by, null, 5);
    }

    @Test
    void aRetryWhoseFirstAttemptCompletedTheTaskButStoredNoEntryStoresItWithoutCompletingAgain() {
        when(tasks.tasksOfAccount("K-SURVIVOR")).thenReturn(List.of(done("rep.kim")));
        when(store.findByIdempotencyKey("call-1")).thenReturn(Optional.empty());
        when(store.claimsTask("42")).thenReturn(false);
        when(store.insert(any(), eq("42"), any(), eq("call-1"), any())).thenReturn(Optional.of(7L));
        when(store.find(7L)).thenReturn(Optional.of(stored("rep.kim")));
        service.log(draft(ContactType.CALL, "통화", null, "42"), "call-1", kim);
        verify(store).insert(any(), eq("42"), eq("rep.kim"), eq("call-1"), eq(NOW));
        verify(tasks, never()).complete(anyString(), anyLong(), any(), any(), any());
    }

    @Test
    void aDoneTaskIsRefusedUnlessItIsThatRetry() {
        when(store.findByIdempotencyKey(anyString())).thenReturn(Optional.empty());
        when(tasks.tasksOfAccount("K-SURVIVOR")).thenReturn(List.of(done("rep.lee")));
        assertThatThrownBy(() -> service.log(draft(ContactType.CALL, "통화", null, "42"), "call-2", kim))
                .as("done by someone else").hasMessageContaining("the task is DONE, not OPEN");
        when(tasks.tasksOfAccount("K-SURVIVOR")).thenReturn(List.of(done("rep.kim")));
        assertThatThrownBy(() -> service.log(draft(ContactType.CALL, "통화", null, "42"), null, kim))
                .as("no idempotency key: not a retry").hasMessageContaining("not OPEN");
        when(store.claimsTask("42")).thenReturn(true);
        assertThatThrownBy(() -> service.log(draft(ContactType.CALL, "통화", null, "42"), "call-3", kim))
                .as("another entry completed it").hasMessageContaining("not OPEN");
        verify(store, never()).insert(any(), any(), any(), any(), any());
    }

    @Test
    void aRefusedTaskCompletionStoresNothing() {
        when(tasks.tasksOfAccount("K-SURVIVOR")).thenReturn(List.of());
        assertThatThrownBy(() -> service.log(draft(ContactType.CALL, "통화", null, "42"), null, kim))
                .isInstanceOf(ValidationException.class);
        verify(store, never()).insert(any(), any(), any(), any(), any());
    }

    @Test
    void onlyTheAuthorOrAnAdminMayChangeAnEntry() {
        when(store.find(7L)).thenReturn(Optional.of(stored("rep.kim")));
        ContactLogDraft edit = new ContactLogDraft("K-SURVIVOR", null, ContactType.VISIT, null, "수정", null, null, null,
                null, null, null);
        assertThatThrownBy(() -> service.edit("7", 3, edit, lee)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.delete("7", lee)).isInstanceOf(ForbiddenException.class);
        verify(store, never()).update(anyLong(), anyLong(), any(), any(), any());
        service.delete("7", admin);
        verify(store).softDelete(7L, "admin", NOW);
    }

    @Test
    void aStaleEditNamesTheCurrentVersion() {
        when(store.find(7L)).thenReturn(Optional.of(stored("rep.kim")));
        when(store.update(eq(7L), eq(2L), any(), any(), any())).thenReturn(false);
        ContactLogDraft edit = new ContactLogDraft("K-SURVIVOR", null, ContactType.VISIT, null, "수정", null, null, null,
                null, null, null);
        assertThatThrownBy(() -> service.edit("7", 2, edit, kim)).isInstanceOf(StaleVersionException.class)
                .satisfies(e -> assertThat(((StaleVersionException) e).currentVersion()).isEqualTo(3));
    }

    @Test
    void aStatusBelongsToComplaintsOnly() {
        assertThatThrownBy(() -> service.log(draft(ContactType.VISIT, "방문", ComplaintStatus.OPEN, null), null, kim))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("complaintStatus"));
    }
}
