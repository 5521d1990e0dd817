package kr.crm.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import kr.crm.api.sync.SyncDirection;
import org.junit.jupiter.api.Test;

class FieldMergeTest {
    private static final Instant EARLY = Instant.parse("2026-11-23T01:00:00Z");
    private static final Instant LATE = Instant.parse("2026-11-23T02:00:00Z");
    private static final Map<String, String> BASE = Map.of("name", "최유나", "title", "대리", "mobile", "010-1");

    @Test
    void changesOfDifferentFieldsOnEachSideAreBothKept() {
        FieldMerge.Result r = FieldMerge.merge(SyncDirection.TWO_WAY, BASE,
                Map.of("name", "최유나", "title", "대리", "mobile", "010-1", "department", "영업1팀"),
                Map.of("name", "최유나", "title", "과장", "mobile", "010-1"), EARLY, LATE);
        assertThat(r.conflicts()).isEmpty();
        assertThat(r.fields()).containsEntry("title", "과장").containsEntry("department", "영업1팀");
    }

    @Test
    void aFieldEmptiedOnOneSideIsEmptied() {
        FieldMerge.Result r = FieldMerge.merge(SyncDirection.TWO_WAY, BASE, Map.of("name", "최유나", "title", "대리"),
                BASE, LATE, EARLY);
        assertThat(r.fields()).doesNotContainKey("mobile");
    }

    @Test
    void theSameFieldChangedOnBothSidesGoesToTheLaterAndTheOtherValueStaysVisible() {
        FieldMerge.Result r = FieldMerge.merge(SyncDirection.TWO_WAY, BASE,
                Map.of("name", "최유나", "title", "차장", "mobile", "010-1", "notes", "VIP"),
                Map.of("name", "최유나", "title", "부장", "mobile", "010-1"), EARLY, LATE);
        assertThat(r.conflicts()).containsExactly(new FieldMerge.Conflict("title", false));
        assertThat(r.fields()).containsEntry("title", "부장").containsEntry("notes", "VIP\n[동기화 충돌] title: 차장");
    }

    @Test
    void bothSidesMakingTheSameChangeIsNoConflict() {
        Map<String, String> same = Map.of("name", "최유나", "title", "과장", "mobile", "010-1");
        assertThat(FieldMerge.merge(SyncDirection.TWO_WAY, BASE, same, same, EARLY, LATE).conflicts()).isEmpty();
    }

    @Test
    void oneWayDirectionsTakeTheMasterSideWhole() {
        Map<String, String> crm = Map.of("name", "최유나", "title", "차장");
        Map<String, String> card = Map.of("name", "최유나", "title", "부장");
        assertThat(FieldMerge.merge(SyncDirection.CRM_TO_GROUPWARE, BASE, crm, card, EARLY, LATE).fields())
                .isEqualTo(crm);
        assertThat(FieldMerge.merge(SyncDirection.GROUPWARE_TO_CRM, BASE, crm, card, LATE, EARLY).fields())
                .isEqualTo(card);
    }
}
