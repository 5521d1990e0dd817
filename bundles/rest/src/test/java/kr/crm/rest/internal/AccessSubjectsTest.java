package kr.crm.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kr.crm.api.common.Page;
import org.junit.jupiter.api.Test;

class AccessSubjectsTest {
    public record Order(String orderNo, String customerKey, int amount) {
    }

    public record Contact(String contactKey, String accountKey, String name) {
    }

    public record Counted(Long key, String name) {
    }

    @Test
    void thePersonsOfAListAnswerAreItsItemsKeyComponentsAndItsRowsItsItems() {
        Set<String> keys = new LinkedHashSet<>();
        List<Object> answer = List.of(new Order("A-1", "CUST01", 10), new Contact("CP0001", "CUST02", "김하늘"),
                new Order("A-2", "CUST01", 20));

        AccessSubjects.fromEntity(answer, keys);

        assertThat(keys).containsExactly("CUST01", "CP0001", "CUST02");
        assertThat(AccessSubjects.rows(answer, true)).isEqualTo(3);
    }

    @Test
    void aPageIsReadByItsItemsAndAComponentThatIsNoTextNamesNobody() {
        Set<String> keys = new LinkedHashSet<>();

        AccessSubjects.fromEntity(new Page<>(List.of(new Counted(7L, "x"), new Order("A-3", "CUST03", 1)), 0, 20, 2),
                keys);
        AccessSubjects.fromEntity("not a record", keys);

        assertThat(keys).containsExactly("CUST03");
    }
}
