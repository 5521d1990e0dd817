package kr.crm.tools.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SpellingAndCollisionTest {
    private static final DataSet DEFAULT = TestDataGenerator.generate(2_000, 5, 42L,
            Variation.defaults());

    private static Map<String, TrueCustomer> byId(DataSet data) {
        return data.customers().stream()
                .collect(Collectors.toMap(TrueCustomer::trueId, Function.identity()));
    }

    @Test
    void spellings_vary_in_the_ways_a_matcher_must_fold() {
        List<String> companyNames = DEFAULT.records().stream()
                .filter(r -> r.kind() == Kind.COMPANY && r.name() != null)
                .map(ChannelRecord::name).toList();
        assertThat(companyNames).anyMatch(n -> n.startsWith("(주)")).anyMatch(n -> n.startsWith("㈜"))
                .anyMatch(n -> n.endsWith("(주)")).anyMatch(n -> n.startsWith("주식회사 "));
        assertThat(DEFAULT.records()).extracting(ChannelRecord::name).filteredOn(n -> n != null)
                .anyMatch(n -> n.matches("[가-힣] [가-힣]+")).anyMatch(n -> n.matches("[A-Z][a-z]+ .*"))
                .anyMatch(n -> !n.equals(n.strip()));
        assertThat(DEFAULT.records()).extracting(ChannelRecord::businessRegistrationNumber)
                .filteredOn(b -> b != null).anyMatch(b -> b.contains("-"))
                .anyMatch(b -> b.matches("[0-9]{10}"));
        SplittableRandom r = new SplittableRandom(1);
        for (char c = '가'; c <= '힣'; c += 7) {
            assertThat(Typos.similar(c, r)).isNotEqualTo(c).matches(Romanizer::isSyllable);
        }
    }

    @Test
    void different_customers_collide_on_names_but_not_on_keys() {
        Map<String, TrueCustomer> truth = byId(DEFAULT);
        List<TrueCustomer> twins = DEFAULT.customers().stream().filter(c -> c.twinOf() != null)
                .toList();
        assertThat(twins).hasSizeBetween(20, 120);
        assertThat(twins).allSatisfy(t -> {
            TrueCustomer original = truth.get(t.twinOf());
            assertThat(t.name()).isEqualTo(original.name());
            assertThat(t.phone()).isNotEqualTo(original.phone());
            if (t.kind() == Kind.COMPANY) {
                assertThat(t.region()).isNotEqualTo(original.region());
                assertThat(t.businessRegistrationNumber())
                        .isNotEqualTo(original.businessRegistrationNumber());
            }
        });
        assertThat(twins).anyMatch(t -> t.kind() == Kind.COMPANY)
                .anyMatch(t -> t.kind() == Kind.PERSON);
        Set<String> names = new HashSet<>();
        long repeated = DEFAULT.customers().stream().filter(c -> !names.add(c.name())).count();
        assertThat(repeated).isGreaterThan(twins.size());
    }
}
