package kr.crm.tools.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TestDataGeneratorTest {
    private static final DataSet DEFAULT = TestDataGenerator.generate(2_000, 5, 42L,
            Variation.defaults());

    private static Map<String, TrueCustomer> byId(DataSet data) {
        return data.customers().stream()
                .collect(Collectors.toMap(TrueCustomer::trueId, Function.identity()));
    }

    @Test
    void same_seed_gives_the_same_data_and_another_seed_other_data() {
        DataSet again = TestDataGenerator.generate(2_000, 5, 42L, Variation.defaults());
        DataSet other = TestDataGenerator.generate(2_000, 5, 43L, Variation.defaults());

        assertThat(again).isEqualTo(DEFAULT);
        assertThat(other.customers()).isNotEqualTo(DEFAULT.customers());
        assertThat(other.records()).isNotEqualTo(DEFAULT.records());
    }

    @Test
    void customers_are_rebuilt_from_their_index_alone() {
        TestDataGenerator generator = new TestDataGenerator(2_000, 42L, Variation.defaults());
        assertThat(generator.customer(1_234)).isEqualTo(DEFAULT.customers().get(1_234));
        assertThat(generator.customer(0)).isEqualTo(DEFAULT.customers().get(0));
    }

    @Test
    void every_brn_has_a_valid_check_digit_and_keys_are_unique_per_customer() {
        List<TrueCustomer> customers = DEFAULT.customers();
        assertThat(customers).filteredOn(c -> c.kind() == Kind.COMPANY)
                .allMatch(c -> c.businessRegistrationNumber() != null);
        assertThat(customers).filteredOn(c -> c.businessRegistrationNumber() != null)
                .allMatch(c -> Folds.validBrn(c.businessRegistrationNumber()));
        assertThat(DEFAULT.records()).filteredOn(r -> r.businessRegistrationNumber() != null)
                .isNotEmpty().allMatch(r -> Folds.validBrn(r.businessRegistrationNumber()));
        assertThat(Folds.validBrn("220-81-51233")).isTrue();
        assertThat(Folds.validBrn("220-81-51234")).isFalse();

        assertThat(customers).extracting(TrueCustomer::phone).doesNotHaveDuplicates()
                .allMatch(p -> p.matches("0[0-9]{8,10}"));
        assertThat(customers).extracting(TrueCustomer::email).doesNotHaveDuplicates();
        assertThat(customers).extracting(TrueCustomer::businessRegistrationNumber)
                .filteredOn(b -> b != null).doesNotHaveDuplicates();
        assertThat(customers).allMatch(c -> c.postalCode().matches("[0-9]{5}"));
    }

    @Test
    void every_phone_spelling_folds_to_the_canonical_digits() {
        for (String digits : List.of("01012345678", "0212345678", "021234567", "0311234567",
                "03112345678", "0641234567")) {
            for (int format = 0; format < Phones.FORMATS; format++) {
                assertThat(Folds.phone(Phones.spell(digits, format))).as(digits + " #" + format)
                        .isEqualTo(digits);
            }
        }
        DataSet noTypos = TestDataGenerator.generate(2_000, 5, 42L,
                Variation.defaults().withTypos(0, 0));
        Map<String, TrueCustomer> truth = byId(noTypos);
        assertThat(noTypos.records()).filteredOn(r -> r.phone() != null).isNotEmpty()
                .allMatch(r -> Folds.phone(r.phone()).equals(truth.get(r.trueId()).phone()));
        assertThat(noTypos.records()).filteredOn(r -> r.email() != null)
                .allMatch(r -> Folds.email(r.email()).equals(truth.get(r.trueId()).email()));
        assertThat(noTypos.records()).extracting(ChannelRecord::phone).filteredOn(p -> p != null)
                .anyMatch(p -> p.startsWith("+82 ")).anyMatch(p -> p.startsWith("("))
                .anyMatch(p -> p.contains("."));
    }

    @Test
    void phone_typos_make_a_different_number_for_about_the_configured_share() {
        Map<String, TrueCustomer> truth = byId(DEFAULT);
        List<ChannelRecord> withPhone = DEFAULT.records().stream()
                .filter(r -> r.phone() != null).toList();
        long wrong = withPhone.stream()
                .filter(r -> !Folds.phone(r.phone()).equals(truth.get(r.trueId()).phone())).count();
        assertThat((double) wrong / withPhone.size()).isBetween(0.003, 0.02);
    }

    @Test
    void ground_truth_pairs_are_consistent_with_the_records() {
        Map<String, String> trueIds = DEFAULT.trueIdByRecordId();
        Set<String> known = byId(DEFAULT).keySet();
        Set<RecordPair> pairs = DEFAULT.truePairs();

        assertThat(DEFAULT.records()).hasSize(10_000);
        assertThat(trueIds).hasSize(10_000);
        assertThat(trueIds.values()).allMatch(known::contains);
        assertThat(pairs).hasSize((int) DEFAULT.truePairCount()).isNotEmpty();
        Map<String, ChannelRecord> records = DEFAULT.records().stream()
                .collect(Collectors.toMap(ChannelRecord::recordId, Function.identity()));
        assertThat(pairs).allSatisfy(p -> {
            assertThat(trueIds.get(p.first())).isEqualTo(trueIds.get(p.second()));
            assertThat(records.get(p.first()).hasIdentity()).isTrue();
            assertThat(records.get(p.second()).hasIdentity()).isTrue();
        });
        long expected = DEFAULT.records().stream().filter(ChannelRecord::hasIdentity)
                .collect(Collectors.groupingBy(ChannelRecord::trueId, Collectors.counting()))
                .values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
        assertThat(DEFAULT.truePairCount()).isEqualTo(expected);
    }

    @Test
    void the_share_of_records_without_identity_is_close_to_the_configured_one() {
        DataSet data = TestDataGenerator.generate(4_000, 5, 7L,
                Variation.defaults().withNoIdentity(0.05));
        long none = data.records().stream().filter(r -> !r.hasIdentity()).count();
        assertThat((double) none / data.records().size()).isCloseTo(0.05,
                org.assertj.core.data.Offset.offset(0.01));
        assertThat(data.records()).filteredOn(r -> !r.hasIdentity())
                .allMatch(r -> r.address() == null && !r.source().equals(Channels.ERP));

        DataSet never = TestDataGenerator.generate(2_000, 5, 7L,
                Variation.defaults().withNoIdentity(0));
        assertThat(never.records()).allMatch(ChannelRecord::hasIdentity);
    }

    @Test
    void host_numbers_only_on_erp_and_exact_variation_spells_canonical_values() {
        assertThat(DEFAULT.records()).allMatch(r -> (r.hostCustomerNo() != null)
                == (r.source().equals(Channels.ERP) && r.hasIdentity()));
        assertThat(DEFAULT.records()).extracting(ChannelRecord::source).containsOnlyElementsOf(
                Channels.NAMES);

        DataSet exact = TestDataGenerator.generate(500, 4, 3L, Variation.exact());
        Map<String, TrueCustomer> truth = byId(exact);
        assertThat(exact.records()).allSatisfy(r -> {
            TrueCustomer c = truth.get(r.trueId());
            assertThat(List.of(r.name(), r.phone(), r.email(), r.address()))
                    .containsExactly(c.name(), c.phone(), c.email(), c.address());
        });
    }
}
