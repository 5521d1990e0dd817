package kr.crm.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ezvcard.VCard;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VCardsTest {
    private static final String CARD = String.join("\r\n",
            "BEGIN:VCARD", "VERSION:4.0", "UID:urn:uuid:7d1c",
            "FN:이서연", "N:이;서연;;;", "ORG:대한물산;구매팀", "TITLE:대리",
            "TEL;TYPE=cell:010-3100-0002", "TEL;TYPE=work,voice:02-555-0101", "TEL;TYPE=fax:02-555-0102",
            "EMAIL;TYPE=work:lee@daehan.co.kr",
            "ADR;TYPE=work:;;테헤란로 152 강남파이낸스센터 21층;강남구;서울특별시;06236;대한민국",
            "NOTE:견적 요청", "BDAY:19900701", "ANNIVERSARY:20150520", "X-SOCIALPROFILE;TYPE=kakao:lee.sy",
            "END:VCARD", "");

    @Test
    void readsTheSharedFieldsOfAKoreanCard() {
        VCard card = VCards.parse(CARD);
        assertThat(VCards.fields(card)).containsExactlyInAnyOrderEntriesOf(Map.of("name", "이서연", "title", "대리",
                "department", "구매팀", "mobile", "010-3100-0002", "phone", "02-555-0101", "email",
                "lee@daehan.co.kr", "birthday", "1990-07-01", "notes", "견적 요청"));
        assertThat(VCards.organization(card)).isEqualTo("대한물산");
        assertThat(VCards.address(card)).containsExactly("서울특별시 강남구 테헤란로 152 강남파이낸스센터 21층", "06236");
    }

    @Test
    void writingBackAChangedFieldKeepsEverythingElseOfTheCard() {
        VCard card = VCards.parse(CARD);
        Map<String, String> f = new java.util.LinkedHashMap<>(VCards.fields(card));
        f.put("title", "과장");
        f.put("mobile", "010-9999-0000");
        VCards.apply(card, f, Instant.parse("2026-11-23T01:00:00Z"));
        String out = VCards.write(card).replace("\r\n ", "");

        assertThat(out).contains("VERSION:4.0", "UID:urn:uuid:7d1c", "FN:이서연", "TITLE:과장", "010-9999-0000",
                "02-555-0101", "02-555-0102", "테헤란로 152 강남파이낸스센터 21층;강남구;서울특별시;06236;대한민국",
                "ANNIVERSARY:20150520", "X-SOCIALPROFILE;TYPE=kakao:lee.sy", "ORG:대한물산;구매팀");
        assertThat(out).doesNotContain("TITLE:대리", "010-3100-0002");
        assertThat(VCards.fields(VCards.parse(out))).containsEntry("title", "과장").containsEntry("mobile", "010-9999-0000");
    }

    @Test
    void aNewCardSplitsAKoreanNameIntoFamilyAndGivenName() {
        String out = VCards.write(VCards.newCard("crm-P1", "(주)한빛정밀",
                Map.of("name", "김민준", "birthday", "1985-03-14"), Instant.EPOCH));
        assertThat(out).contains("VERSION:3.0", "FN:김민준", "N:김;민준", "ORG:(주)한빛정밀", "BDAY:1985-03-14");
    }

    @Test
    void aCardWithoutANameOrNoCardAtAllIsRefused() {
        assertThatThrownBy(() -> VCards.parse("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:\r\nEND:VCARD\r\n"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VCards.parse("not a card")).isInstanceOf(IllegalArgumentException.class);
    }
}
