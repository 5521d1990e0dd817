package kr.crm.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.crm.api.common.StaleVersionException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.customer.ContactPerson;
import kr.crm.api.customer.ContactPersonDraft;
import kr.crm.api.customer.Customer;
import kr.crm.api.customer.CustomerDraft;
import kr.crm.api.customer.CustomerKind;
import kr.crm.api.store.ContactPersonStore;
import kr.crm.api.store.CustomerStore;
import kr.crm.identity.internal.DefaultIdentityNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class DefaultContactPersonServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00.123Z");
    private static final String ACCOUNT = new KeyGenerator('C').next();

    @Mock
    ContactPersonStore store;

    @Mock
    CustomerStore customers;

    private DefaultContactPersonService service() {
        return new DefaultContactPersonService(store, customers, new DefaultIdentityNormalizer(),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private void accountExists() {
        when(customers.findByKey(ACCOUNT)).thenReturn(Optional.of(Customer.of(ACCOUNT, new CustomerDraft(
                CustomerKind.COMPANY, "(주)한빛정밀", null, null, null, null, null, null, null, null, null, null, null,
                null, null), 1, NOW, NOW)));
    }

    private static ContactPersonDraft person(String name, String email) {
        return new ContactPersonDraft(name, null, null, null, "010-1234-0000", email, null, null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void createAllInsertsTheNewOnesAtOnceAndReturnsWhatAKnownIdempotencyKeyMade() {
        accountExists();
        ContactPerson earlier = ContactPerson.of("P0", ACCOUNT, person("김민준", null), 3, NOW, NOW);
        when(store.findByIdempotencyKeys(any())).thenReturn(Map.of("k1", earlier));
        when(store.insertAll(anyList(), anyList(), anyList())).thenReturn(true);

        List<ContactPerson> made = service().createAll(List.of(ACCOUNT, ACCOUNT, ACCOUNT),
                List.of(person("김민준", null), person(" 이서연 ", "lee@daehan.co.kr"), person("박지훈", null)),
                Arrays.asList("k1", "k2", null));

        assertThat(made.get(0)).isSameAs(earlier);
        assertThat(made.get(1).name()).isEqualTo("이서연");
        assertThat(made.get(1).accountKey()).isEqualTo(ACCOUNT);
        ArgumentCaptor<List<ContactPerson>> inserted = ArgumentCaptor.forClass(List.class);
        verify(store).insertAll(inserted.capture(), anyList(), anyList());
        assertThat(inserted.getValue()).extracting(ContactPerson::name).containsExactly("이서연", "박지훈");
    }

    @Test
    void createAllWithOneBadDraftStoresNothingAndNamesItsIndex() {
        assertThatThrownBy(() -> service().createAll(List.of(ACCOUNT, ACCOUNT),
                List.of(person("김민준", null), person("이서연", "not-an-address")), Arrays.asList(null, null)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("[1].email"));
        verify(store, never()).insertAll(anyList(), anyList(), anyList());
    }

    @Test
    void deleteNeedsTheCurrentVersion() {
        String key = new KeyGenerator('P').next();
        when(store.findByKey(key)).thenReturn(Optional.of(ContactPerson.of(key, ACCOUNT, person("김민준", null), 2,
                NOW, NOW)));
        assertThatThrownBy(() -> service().delete(key, 1)).isInstanceOf(StaleVersionException.class);
        verify(store, never()).delete(any(), org.mockito.ArgumentMatchers.anyLong());

        when(store.delete(key, 2)).thenReturn(true);
        service().delete(key, 2);
        verify(store).delete(key, 2);
    }
}
