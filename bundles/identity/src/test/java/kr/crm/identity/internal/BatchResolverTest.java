package kr.crm.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.lang.annotation.Annotation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kr.crm.api.customer.Customer;
import kr.crm.api.customer.CustomerDraft;
import kr.crm.api.customer.CustomerService;
import kr.crm.api.identity.PartyResolution;
import kr.crm.api.order.PartyIdentity;
import kr.crm.api.store.IdentityKind;
import kr.crm.api.store.IdentityRow;
import kr.crm.api.store.IdentityStore;
import kr.crm.api.store.ReviewStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class BatchResolverTest {
    private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

    private final IdentityStore index = mock(IdentityStore.class);
    private final ReviewStore reviews = mock(ReviewStore.class);
    private final CustomerService customers = mock(CustomerService.class);
    private final BatchResolver resolver = new BatchResolver(index, reviews, customers, new DefaultIdentityNormalizer(),
            defaults());

    @BeforeEach
    void customersGetNumberedKeys() {
        when(customers.createAll(anyList(), anyList())).thenAnswer(call -> {
            List<CustomerDraft> drafts = call.getArgument(0);
            List<Customer> made = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                made.add(Customer.of("CNEW" + i, drafts.get(i), 1, NOW, NOW));
            }
            return made;
        });
    }

    private static PartyIdentity person(String name, String phone) {
        return new PartyIdentity(null, name, phone, null, null, null, null, null);
    }

    @Test
    void aPartyLaterInTheBatchLinksToTheCustomerMadeForAnEarlierOne() {
        List<PartyResolution> r = resolver.resolveAll("gs-shop",
                List.of(person("김민지", "010-9876-5432"), person("김 민지", "+82 10 9876 5432")), NOW);

        assertThat(r.get(0).resolution().customerKey()).isEqualTo("CNEW0");
        assertThat(r.get(0).resolution().created()).isTrue();
        assertThat(r.get(1).resolution().customerKey()).isEqualTo("CNEW0");
        assertThat(r.get(1).resolution().created()).isFalse();
        assertThat(r.get(1).resolution().matchedOn()).isEqualTo("NAME+PHONE");
        ArgumentCaptor<List<CustomerDraft>> drafts = ArgumentCaptor.forClass(List.class);
        verify(customers).createAll(drafts.capture(), anyList());
        assertThat(drafts.getValue()).hasSize(1);
    }

    @Test
    void storedHoldersAreMatchedAndTheirKnownRowsOnlyMarkedSeen() {
        when(index.holders(any())).thenReturn(List.of(
                new IdentityRow("COLD", "gs-shop", IdentityKind.NAME, "박지호", "박지호", true),
                new IdentityRow("COLD", "gs-shop", IdentityKind.PHONE, "010-1111-2222", "01011112222", true)));

        List<PartyResolution> r = resolver.resolveAll("gs-shop", List.of(person("박지호", "010-1111-2222")), NOW);

        assertThat(r.get(0).resolution().customerKey()).isEqualTo("COLD");
        ArgumentCaptor<List<IdentityRow>> fresh = ArgumentCaptor.forClass(List.class);
        ArgumentCaptor<List<IdentityRow>> known = ArgumentCaptor.forClass(List.class);
        verify(index).recordBatch(fresh.capture(), known.capture(), eq(NOW));
        assertThat(fresh.getValue()).isEmpty();
        assertThat(known.getValue()).extracting(IdentityRow::kind).containsExactlyInAnyOrder(IdentityKind.NAME,
                IdentityKind.PHONE);
    }

    @Test
    void anUnusablePartyIsRejectedInItsPlaceAndTheOthersGoOn() {
        List<PartyResolution> r = resolver.resolveAll("gs-shop",
                List.of(person(null, "not a phone"), person("이서연", "010-2222-3333")), NOW);

        assertThat(r.get(0).isRejected()).isTrue();
        assertThat(r.get(0).field()).isEqualTo("name");
        assertThat(r.get(1).resolution().customerKey()).isEqualTo("CNEW0");
    }

    @Test
    void anUncertainMatchMakesANewKeyAndQueuesThePairWithItsSource() {
        when(index.holders(any())).thenReturn(List.of(
                new IdentityRow("COLD", "erp", IdentityKind.NAME, "최우진", "최우진", true),
                new IdentityRow("COLD", "erp", IdentityKind.PHONE, "010-4444-5555", "01044445555", true)));

        List<PartyResolution> r = resolver.resolveAll("gs-shop", List.of(person("정하늘", "010-4444-5555")), NOW);

        assertThat(r.get(0).resolution().queued()).isTrue();
        verify(reviews).enqueue("CNEW0", "COLD", "gs-shop", 50, "PHONE", NOW);
    }

    @Test
    void nothingIsCreatedWhenEveryPartyLinks() {
        when(index.holders(any())).thenReturn(List.of(
                new IdentityRow("CBIZ", "erp", IdentityKind.BRN, "1234567891", "1234567891", true)));

        resolver.resolveAll("erp", List.of(new PartyIdentity(null, "(주)한빛정밀", null, null, "123-45-67891", null,
                null, null)), NOW);

        verify(reviews, never()).enqueue(anyString(), anyString(), anyString(), any(Integer.class), anyString(), any());
        verify(customers, never()).createAll(anyList(), anyList());
    }

    private static MatchingConfig defaults() {
        return new MatchingConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return MatchingConfig.class;
            }

            @Override
            public int linkThreshold() {
                return 80;
            }

            @Override
            public int reviewFloor() {
                return 50;
            }

            @Override
            public int candidateLimit() {
                return 50;
            }
        };
    }
}
