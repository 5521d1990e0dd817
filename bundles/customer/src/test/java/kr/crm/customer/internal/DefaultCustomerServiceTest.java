package kr.crm.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import kr.crm.api.common.StaleVersionException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.customer.Customer;
import kr.crm.api.customer.CustomerDraft;
import kr.crm.api.customer.CustomerKind;
import kr.crm.api.store.CustomerStore;
import kr.crm.api.store.IdentityStore;
import kr.crm.api.store.SearchKeys;
import kr.crm.identity.internal.DefaultIdentityNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class DefaultCustomerServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00.123Z");
    private static final String KEY = new KeyGenerator('C').next();

    @Mock
    CustomerStore store;

    @Mock
    IdentityStore identities;

    private DefaultCustomerService service() {
        return new DefaultCustomerService(store, identities, new DefaultIdentityNormalizer(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static CustomerDraft company(String name, String brn) {
        return new CustomerDraft(CustomerKind.COMPANY, name, " 031-123-4567 ", "Buy@Hanbit.CO.KR", brn, null,
                "이대표", "정밀기계", "경기", "경기도 안산시 단원구 1", "15588", "rep.kim", null, null, null);
    }

    @Test
    void createStoresCleanedFieldsAndSearchKeys() {
        when(store.insert(any(), any(), isNull())).thenReturn(true);

        Customer created = service().create(company(" (주)한빛정밀 ", "123-45-67891"), null);

        ArgumentCaptor<SearchKeys> keys = ArgumentCaptor.forClass(SearchKeys.class);
        verify(store).insert(eq(created), keys.capture(), isNull());
        assertThat(created.name()).isEqualTo("(주)한빛정밀");
        assertThat(created.phone()).isEqualTo("031-123-4567");
        assertThat(created.businessRegistrationNumber()).isEqualTo("1234567891");
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.createdAt()).isEqualTo(NOW);
        assertThat(keys.getValue()).isEqualTo(new SearchKeys("한빛정밀", "0311234567", "buy@hanbit.co.kr"));
        verify(identities).record(org.mockito.ArgumentMatchers.argThat(rows -> rows.stream()
                .anyMatch(r -> r.kind() == kr.crm.api.store.IdentityKind.BRN && "1234567891".equals(r.canonical()))), eq(NOW));
    }

    @Test
    void aTakenKeyIsRedrawn() {
        when(store.insert(any(), any(), isNull())).thenReturn(false, true);

        Customer created = service().create(company("대성산업", null), null);

        assertThat(created.key()).startsWith("C");
    }

    @Test
    void aRepeatedCreateWithTheSameIdempotencyKeyReturnsTheFirstCustomer() {
        Customer first = Customer.of(KEY, company("대성산업", null), 1, NOW, NOW);
        when(store.findByIdempotencyKey("req-1")).thenReturn(Optional.of(first));

        assertThat(service().create(company("대성산업", null), "req-1")).isSameAs(first);
        verify(store, never()).insert(any(), any(), any());
    }

    @Test
    void aWrongCheckDigitIsRejectedNamingTheField() {
        assertThatThrownBy(() -> service().create(company("한빛", "123-45-67890"), null))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).field()).isEqualTo("businessRegistrationNumber");
    }

    @Test
    void personsCannotCarryCompanyFields() {
        CustomerDraft person = new CustomerDraft(CustomerKind.PERSON, "김민준", null, null, "1234567891", null,
                null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> service().create(person, null))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).field()).isEqualTo("businessRegistrationNumber");
    }

    @Test
    void aKeyWithAWrongCheckCharacterIsNotLookedUp() {
        String typo = KEY.substring(0, KEY.length() - 1) + (KEY.endsWith("0") ? "1" : "0");
        assertThat(service().find(typo)).isEmpty();
        verify(store, never()).findByKey(any());
    }

    @Test
    void aStaleUpdateChangesNothing() {
        Customer stored = Customer.of(KEY, company("대성산업", null), 3, NOW, NOW);
        when(store.findByKey(KEY)).thenReturn(Optional.of(stored));

        assertThatThrownBy(() -> service().update(KEY, 2, company("대성산업 2", null)))
                .isInstanceOf(StaleVersionException.class)
                .extracting(e -> ((StaleVersionException) e).currentVersion()).isEqualTo(3L);
        verify(store, never()).update(any(), any(), anyLong());
    }

    @Test
    void anUpdateLostToAConcurrentWriterIsStale() {
        Customer stored = Customer.of(KEY, company("대성산업", null), 3, NOW, NOW);
        Customer newer = Customer.of(KEY, company("대성산업", null), 4, NOW, NOW);
        when(store.findByKey(KEY)).thenReturn(Optional.of(stored), Optional.of(newer));
        when(store.update(any(), any(), eq(3L))).thenReturn(false);

        assertThatThrownBy(() -> service().update(KEY, 3, company("대성산업 2", null)))
                .isInstanceOf(StaleVersionException.class)
                .extracting(e -> ((StaleVersionException) e).currentVersion()).isEqualTo(4L);
    }

    @Test
    void anAcceptedUpdateBumpsTheVersion() {
        Customer stored = Customer.of(KEY, company("대성산업", null), 3, NOW.minusSeconds(60),
                NOW.minusSeconds(60));
        when(store.findByKey(KEY)).thenReturn(Optional.of(stored));
        when(store.update(any(), any(), eq(3L))).thenReturn(true);

        Customer updated = service().update(KEY, 3, company("대성산업 주식회사", null));

        assertThat(updated.version()).isEqualTo(4);
        assertThat(updated.name()).isEqualTo("대성산업 주식회사");
        assertThat(updated.createdAt()).isEqualTo(stored.createdAt());
        assertThat(updated.updatedAt()).isEqualTo(NOW);
    }
}
