package kr.crm.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kr.crm.api.order.PartyIdentity;
import kr.crm.api.store.IdentityKind;
import kr.crm.api.store.IdentityRow;
import org.junit.jupiter.api.Test;

class MatchScorerTest {
    private final DefaultIdentityNormalizer normalizer = new DefaultIdentityNormalizer();

    private Probe probe(String name, String phone, String email, String brn, String hostNo) {
        return probe(name, phone, email, brn, hostNo, null);
    }

    private Probe probe(String name, String phone, String email, String brn, String hostNo, String address) {
        return Probe.of(new PartyIdentity(null, name, phone, email, brn, hostNo, address, null), normalizer);
    }

    private static IdentityRow row(IdentityKind kind, String canonical, boolean valid) {
        return new IdentityRow("C1", "erp", kind, canonical, canonical, valid);
    }

    @Test
    void theSameBrnDigitsMatchEvenWithAWrongCheckDigit() {
        var stored = List.of(row(IdentityKind.NAME, "한빛정밀", true), row(IdentityKind.BRN, "1234567890", false));
        assertThat(MatchScorer.score(probe("주식회사 한빛정밀", null, null, "123-45-67890", null), stored))
                .isEqualTo(new MatchScorer.Score(100, "BRN"));
    }

    @Test
    void nameAndPhoneInAnotherSpellingMatch() {
        var stored = List.of(row(IdentityKind.NAME, "김민지", true), row(IdentityKind.PHONE, "01098765432", true));
        assertThat(MatchScorer.score(probe("김 민지", "+82 10 9876 5432", null, null, null), stored).value()).isEqualTo(90);
    }

    @Test
    void aSharedPhoneWithAnotherNameIsOnlyUncertain() {
        var stored = List.of(row(IdentityKind.NAME, "김민지", true), row(IdentityKind.PHONE, "01098765432", true));
        assertThat(MatchScorer.score(probe("이수진", "010-9876-5432", null, null, null), stored).value()).isEqualTo(50);
    }

    @Test
    void differentValidBrnsVetoAMatch() {
        var stored = List.of(row(IdentityKind.NAME, "대성산업", true), row(IdentityKind.PHONE, "0221083300", true),
                row(IdentityKind.BRN, "1234567891", true));
        assertThat(MatchScorer.score(probe("대성산업", "02-2108-3300", null, "214-86-24717", null), stored).value())
                .isLessThan(80);
    }

    @Test
    void theHostCustomerNumberWins() {
        var stored = List.of(row(IdentityKind.HOST_NO, "ERP-1000", true));
        assertThat(MatchScorer.score(probe("아무개", null, null, null, "ERP-1000"), stored).rule()).isEqualTo("HOST_NO");
    }

    @Test
    void aOneSyllableTypoInTheNameWithTheSamePhoneStillLinks() {
        var stored = List.of(row(IdentityKind.NAME, "주수진", true), row(IdentityKind.PHONE, "01013860867", true));
        assertThat(MatchScorer.score(probe("주수징", "010-1386-0867", null, null, null), stored))
                .isEqualTo(new MatchScorer.Score(85, "NEAR_NAME+PHONE"));
        assertThat(MatchScorer.score(probe("주민철", "010-1386-0867", null, null, null), stored).value()).isEqualTo(50);
    }

    @Test
    void editDistanceCountsSyllables() {
        assertThat(EditDistance.atMostOne("주수진", "주수징")).isTrue();
        assertThat(EditDistance.atMostOne("김민준", "김민")).isTrue();
        assertThat(EditDistance.atMostOne("김민준", "이민재")).isFalse();
        assertThat(EditDistance.atMostOne("abc", "acb")).isFalse();
    }

    @Test
    void theSameNameAtTheSameAddressLinksButTheAddressAloneDoesNot() {
        String address = Addresses.canonical("경기도 성남시 분당구 중앙로 107");
        var stored = List.of(row(IdentityKind.NAME, "백혜은", true), row(IdentityKind.ADDRESS, address, true));
        assertThat(MatchScorer.score(probe("백 혜은", null, "skyhe@naver.com", null, null, "경기 성남시 분당구 중앙로 107"),
                stored)).isEqualTo(new MatchScorer.Score(85, "NAME+ADDRESS"));
        assertThat(MatchScorer.score(probe("백민수", null, null, null, null, "경기 성남시 분당구 중앙로 107"), stored)
                .value()).isZero();
    }

    @Test
    void aKoreanNameInLatinLettersIsTheSameName() {
        var stored = List.of(row(IdentityKind.NAME, "박지호", true), row(IdentityKind.PHONE, "01029837054", true));
        assertThat(MatchScorer.score(probe("Park Jiho", "010.2983.7054", null, null, null), stored).value()).isEqualTo(90);
        assertThat(MatchScorer.score(probe("Jiho Park", "010.2983.7054", null, null, null), stored).value()).isEqualTo(90);
        assertThat(LatinNames.same("이경희", "leegyeong-hui")).isTrue();
        assertThat(LatinNames.same("황보민", "hwangbomin")).isTrue();
        assertThat(LatinNames.same("박지호", "parkjihoon")).isFalse();
        assertThat(MatchScorer.score(probe("Kim Jiho", "010.2983.7054", null, null, null), stored).value()).isEqualTo(50);
    }
}
