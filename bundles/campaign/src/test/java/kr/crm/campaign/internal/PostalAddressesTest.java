package kr.crm.campaign.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostalAddressesTest {

    @Test
    void aFiveDigitCodeIsKeptWithoutSpacesOrHyphens() {
        assertThat(PostalAddresses.code(" 06236 ")).isEqualTo("06236");
        assertThat(PostalAddresses.code("062-36")).isEqualTo("06236");
    }

    @Test
    void theOldSixDigitCodesAndOtherTextAreNotCodes() {
        assertThat(PostalAddresses.code("135-080")).isNull();
        assertThat(PostalAddresses.code("ABCDE")).isNull();
        assertThat(PostalAddresses.code(null)).isNull();
    }

    @Test
    void anAddressIsDeliverableWithACodeAndAProvinceOrMetropolitanCityFirst() {
        assertThat(PostalAddresses.deliverable("06236", "서울특별시 강남구 테헤란로 152")).isTrue();
        assertThat(PostalAddresses.deliverable("15487", "경기도 안산시 단원구 산단로 63")).isTrue();
        assertThat(PostalAddresses.deliverable("63309", "제주특별자치도 제주시 첨단로 242")).isTrue();
        assertThat(PostalAddresses.deliverable("06236", "테헤란로 152")).as("no province").isFalse();
        assertThat(PostalAddresses.deliverable(null, "서울특별시 강남구 테헤란로 152")).isFalse();
        assertThat(PostalAddresses.deliverable("06236", "서울")).as("too short to deliver").isFalse();
    }
}
