package kr.crm.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void phonesKeepTheirFirstThreeAndLastFourDigitsAndTheirSeparators() {
        assertThat(Masking.phone("010-1234-5678")).isEqualTo("010-****-5678");
        assertThat(Masking.phone("01012345678")).isEqualTo("010****5678");
        assertThat(Masking.phone("+82 10 1234 5678")).isEqualTo("+82 1* **** 5678");
        assertThat(Masking.phone("1588-1234")).isEqualTo("****-1234");
        assertThat(Masking.phone("031-491-2345")).isEqualTo("031-***-2345");
    }

    @Test
    void emailsKeepTheFirstCharacterAndTheDomain() {
        assertThat(Masking.email("kim@example.co.kr")).isEqualTo("k***@example.co.kr");
        assertThat(Masking.email("김민준@example.co.kr")).isEqualTo("김***@example.co.kr");
        assertThat(Masking.email("broken")).isEqualTo("***");
    }

    @Test
    void everyPhoneAndEmailFieldOfATreeIsMaskedNamesAreNot() throws Exception {
        JsonNode tree = new ObjectMapper().readTree("""
                {"items":[{"name":"한예린","phone":"010-1234-5678","mobile":"010-9876-5432",
                "email":"yerin@example.co.kr","contacts":[{"email":"a@b.kr"}]}],"total":1}""");
        Masking.tree(tree);
        JsonNode item = tree.path("items").get(0);
        assertThat(item.path("name").asText()).isEqualTo("한예린");
        assertThat(item.path("phone").asText()).isEqualTo("010-****-5678");
        assertThat(item.path("mobile").asText()).isEqualTo("010-****-5432");
        assertThat(item.path("email").asText()).isEqualTo("y***@example.co.kr");
        assertThat(item.path("contacts").get(0).path("email").asText()).isEqualTo("a***@b.kr");
        assertThat(tree.path("total").asInt()).isEqualTo(1);
    }

    @Test
    void aSourcedPhoneOrEmailIsMaskedByItsKindAndOtherKindsAreNot() throws Exception {
        JsonNode tree = new ObjectMapper().readTree("""
                [{"source":"erp","kind":"PHONE","entered":"010-1234-5678","canonical":"01012345678"},
                 {"source":"web","kind":"EMAIL","entered":"yerin@example.co.kr"},
                 {"source":"erp","kind":"BRN","entered":"123-45-67890"},
                 {"kind":"PERSON","name":"한예린"}]""");
        Masking.tree(tree);
        assertThat(tree.get(0).path("entered").asText()).isEqualTo("010-****-5678");
        assertThat(tree.get(0).path("canonical").asText()).isEqualTo("010****5678");
        assertThat(tree.get(1).path("entered").asText()).isEqualTo("y***@example.co.kr");
        assertThat(tree.get(2).path("entered").asText()).as("company data").isEqualTo("123-45-67890");
        assertThat(tree.get(3).path("name").asText()).isEqualTo("한예린");
    }
}
