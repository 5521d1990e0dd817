package kr.crm.itest;

import static kr.crm.itest.CrmHost.REP;
import static kr.crm.itest.CrmHost.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomerApiTest extends CrmTest {
    /** A run-unique marker so that searches only see this test's customers. */
    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonNode create(String body) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/customers", REP, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return host.read(r);
    }

    private List<String> keysOf(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return host.read(r).path("items").findValuesAsText("key");
    }

    @Test
    void aSignedInCallerCannotSendABodyOfAnySize() throws Exception {
        String name = "큰본문 " + UUID.randomUUID().toString().substring(0, 6);
        String huge = "{\"kind\":\"PERSON\",\"name\":\"" + name + "\",\"notes\":\"" + "가".repeat(12 << 20) + "\"}";
        HttpResponse<String> r = CrmHost.tooLarge(() -> host.call("POST", "v1/customers", REP, huge)); // 36 MB
        if (r != null) {
            assertThat(host.read(r).path("field").asText()).isEqualTo("body");
        }
        assertThat(keysOf(host.call("GET", "v1/customers?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8), REP,
                null))).as("nothing stored").isEmpty();
    }

    @Test
    void aKoreanCompanyRoundTripsUnchanged() throws Exception {
        HttpResponse<String> created = host.call("POST", "v1/customers", REP, """
                {"kind":"COMPANY","name":"(주)한빛정밀","businessRegistrationNumber":"123-45-67891",
                 "representative":"이한빛","industry":"정밀기계","region":"경기",
                 "address":"경기도 안산시 단원구 산단로 123 (원시동) 🏭","postalCode":"15588",
                 "phone":"031-491-2345","email":"Buy@Hanbit.co.kr","foundedOn":"2001-03-15",
                 "notes":"첫 거래: 2001년\\n담당: 박서연 팀장 😀"}
                """);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = host.read(created);
        String key = body.path("key").asText();
        assertThat(key).matches("C[0-9A-Z]{11}");
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/customers/" + key));
        assertThat(created.headers().firstValue("ETag")).contains("\"1\"");

        HttpResponse<String> read = host.call("GET", "v1/customers/" + key, REP, null);
        assertThat(read.statusCode()).isEqualTo(200);
        JsonNode stored = host.read(read);
        assertThat(stored.path("name").asText()).isEqualTo("(주)한빛정밀");
        assertThat(stored.path("representative").asText()).isEqualTo("이한빛");
        assertThat(stored.path("address").asText()).isEqualTo("경기도 안산시 단원구 산단로 123 (원시동) 🏭");
        assertThat(stored.path("notes").asText()).isEqualTo("첫 거래: 2001년\n담당: 박서연 팀장 😀");
        assertThat(stored.path("businessRegistrationNumber").asText()).isEqualTo("1234567891");
        assertThat(stored.path("email").asText()).isEqualTo("Buy@Hanbit.co.kr");
        assertThat(stored.path("foundedOn").asText()).isEqualTo("2001-03-15");
        assertThat(stored.path("version").asLong()).isEqualTo(1);
    }

    @Test
    void aPersonWithEmojiRoundTripsUnchanged() throws Exception {
        JsonNode created = create("""
                {"kind":"PERSON","name":"김민준 😀","phone":"010-1234-5678","birthday":"1990-02-14"}""");
        JsonNode stored = host.read(host.call("GET", "v1/customers/" + created.path("key").asText(), REP, null));
        assertThat(stored.path("name").asText()).isEqualTo("김민준 😀");
        assertThat(stored.path("kind").asText()).isEqualTo("PERSON");
        assertThat(stored.path("birthday").asText()).isEqualTo("1990-02-14");
    }

    @Test
    void searchFindsACompanyByEverySpellingOfItsIdentifiers() throws Exception {
        String u = unique();
        int line = 1000 + new java.util.Random().nextInt(9000);
        String key = create("""
                {"kind":"COMPANY","name":"(주)대성%s산업","businessRegistrationNumber":"214-86-24717",
                 "phone":"02-2108-%d","email":"Order.%s@Daesung.kr"}""".formatted(u, line, u)).path("key").asText();
        List<String> queries = List.of(
                "q=" + CrmHost.escape("주식회사 대성" + u + "산업"),
                "q=" + CrmHost.escape("대성 " + u),
                "phone=" + CrmHost.escape("+82 2 2108 " + line),
                "phone=" + CrmHost.escape("(02)2108-" + line),
                "phone=" + CrmHost.escape("022108" + line),
                "email=" + CrmHost.escape(" ORDER." + u.toUpperCase() + "@daesung.KR "),
                "key=" + key.toLowerCase());
        for (String query : queries) {
            assertThat(keysOf(host.call("GET", "v1/customers?" + query, CrmHost.VIEWER, null))).as(query).contains(key);
        }
        assertThat(keysOf(host.call("GET", "v1/customers?brn=2148624717&q=" + CrmHost.escape(u), CrmHost.VIEWER, null)))
                .containsExactly(key);
        assertThat(keysOf(host.call("GET", "v1/accounts?q=" + CrmHost.escape(u), CrmHost.VIEWER, null)))
                .containsExactly(key);
    }

    @Test
    void listingPagesThroughEveryMatchOnce() throws Exception {
        String u = unique();
        for (int i = 0; i < 5; i++) {
            create("{\"kind\":\"PERSON\",\"name\":\"페이지" + u + " " + i + "\"}");
        }
        Set<String> seen = new HashSet<>();
        for (int page = 0; page < 3; page++) {
            HttpResponse<String> r = host.call("GET", "v1/customers?size=2&page=" + page + "&q=" + CrmHost.escape("페이지" + u),
                    VIEWER, null);
            JsonNode body = host.read(r);
            assertThat(body.path("total").asLong()).isEqualTo(5);
            assertThat(body.path("items").size()).isEqualTo(page < 2 ? 2 : 1);
            seen.addAll(body.path("items").findValuesAsText("key"));
        }
        assertThat(seen).hasSize(5);
    }

    @Test
    void aStaleUpdateGets409AndChangesNothing() throws Exception {
        JsonNode created = create("{\"kind\":\"PERSON\",\"name\":\"이서윤\",\"region\":\"서울\"}");
        String key = created.path("key").asText();

        ObjectNode first = ((ObjectNode) created.deepCopy()).put("region", "경기");
        HttpResponse<String> ok = host.call("PUT", "v1/customers/" + key, REP, first.toString());
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(host.read(ok).path("version").asLong()).isEqualTo(2);

        ObjectNode stale = ((ObjectNode) created.deepCopy()).put("region", "부산");
        HttpResponse<String> conflict = host.call("PUT", "v1/customers/" + key, CrmHost.OTHER_REP, stale.toString());
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(host.read(conflict).path("field").asText()).isEqualTo("version");
        assertThat(host.read(conflict).path("currentVersion").asLong()).isEqualTo(2);

        JsonNode stored = host.read(host.call("GET", "v1/customers/" + key, REP, null));
        assertThat(stored.path("region").asText()).isEqualTo("경기");
        assertThat(stored.path("version").asLong()).isEqualTo(2);
    }

    @Test
    void anUpdateMayCarryItsVersionAsIfMatch() throws Exception {
        String key = create("{\"kind\":\"PERSON\",\"name\":\"박지호\"}").path("key").asText();
        HttpResponse<String> r = host.call("PUT", "v1/customers/" + key, REP,
                "{\"kind\":\"PERSON\",\"name\":\"박지호\",\"phone\":\"010.3333.4444\"}", "If-Match", "\"1\"");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("ETag")).contains("\"2\"");
        HttpResponse<String> stale = host.call("PUT", "v1/customers/" + key, REP,
                "{\"kind\":\"PERSON\",\"name\":\"박지호\"}", "If-Match", "\"1\"");
        assertThat(stale.statusCode()).isEqualTo(409);
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"kind\":\"PERSON\",\"nmae\":\"홍길동\"}|nmae",
        "{\"kind\":\"PERSON\",\"name\":\"홍길동\",\"phone\":\"12-34\"}|phone",
        "{\"kind\":\"PERSON\",\"name\":\"홍길동\",\"email\":\"hong@\"}|email",
        "{\"kind\":\"COMPANY\",\"name\":\"한빛\",\"businessRegistrationNumber\":\"123-45-67890\"}|businessRegistrationNumber",
        "{\"kind\":\"PERSON\",\"name\":\"홍길동\",\"businessRegistrationNumber\":\"1234567891\"}|businessRegistrationNumber",
        "{\"name\":\"홍길동\"}|kind",
        "{\"kind\":\"ROBOT\",\"name\":\"홍길동\"}|kind",
        "{\"kind\":\"PERSON\",\"name\":\"   \"}|name",
        "{\"kind\":\"PERSON\",\"name\":\"홍길동\",\"birthday\":\"14.02.1990\"}|birthday",
        "{\"kind\":\"PERSON\",\"name\":\"홍길동\",\"postalCode\":\"1234\"}|postalCode",
        "{\"kind\":\"PERSON\",\"name\":5}|name",
        "{\"kind\":\"PERSON\",\"name\":\"홍길동\",\"name\":\"김철수\"}|body",
        "{\"kind\":\"PERSON\",\"name\":\"홍길동\"|body"
    })
    void aBadBodyGets400NamingTheFieldAndStoresNothing(String body, String field) throws Exception {
        long before = host.read(host.call("GET", "v1/customers?size=1", REP, null)).path("total").asLong();
        HttpResponse<String> r = host.call("POST", "v1/customers", REP, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        JsonNode error = host.read(r);
        assertThat(error.path("field").asText()).isEqualTo(field);
        assertThat(error.path("error").asText()).isNotBlank();
        long after = host.read(host.call("GET", "v1/customers?size=1", REP, null)).path("total").asLong();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void badQueryParametersGet400NamingThem() throws Exception {
        assertThat(host.read(host.call("GET", "v1/customers?page=two", REP, null)).path("field").asText()).isEqualTo("page");
        assertThat(host.read(host.call("GET", "v1/customers?size=1000", REP, null)).path("field").asText()).isEqualTo("size");
        assertThat(host.read(host.call("GET", "v1/customers?phone=abc", REP, null)).path("field").asText()).isEqualTo("phone");
        assertThat(host.read(host.call("GET", "v1/customers?kind=ROBOT", REP, null)).path("field").asText()).isEqualTo("kind");
    }

    @Test
    void callsWithoutValidCredentialsGet401() throws Exception {
        HttpResponse<String> none = host.call("GET", "v1/customers", null, null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).contains("Basic"));
        assertThat(host.read(none).path("error").asText()).isNotBlank();
        assertThat(host.call("GET", "v1/customers", null, null, "Authorization", "Basic aXQucmVwOndyb25n").statusCode())
                .isEqualTo(401);
        assertThat(host.call("GET", "v1/customers", null, null, "Authorization", "Bearer crm_not-a-token").statusCode())
                .isEqualTo(401);
        assertThat(host.call("POST", "v1/customers", null, "{\"kind\":\"PERSON\",\"name\":\"x\"}").statusCode())
                .isEqualTo(401);
    }

    @Test
    void aViewerMayReadButNotWrite() throws Exception {
        String key = create("{\"kind\":\"PERSON\",\"name\":\"정도윤\"}").path("key").asText();
        assertThat(host.call("GET", "v1/customers/" + key, VIEWER, null).statusCode()).isEqualTo(200);
        HttpResponse<String> post = host.call("POST", "v1/customers", VIEWER, "{\"kind\":\"PERSON\",\"name\":\"x\"}");
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(host.read(post).path("error").asText()).contains("crm.rep");
        assertThat(host.call("PUT", "v1/customers/" + key, VIEWER, "{\"kind\":\"PERSON\",\"name\":\"y\",\"version\":1}")
                .statusCode()).isEqualTo(403);
        assertThat(host.read(host.call("GET", "v1/customers/" + key, VIEWER, null)).path("name").asText()).isEqualTo("정도윤");
    }

    @Test
    void aRepeatedCreateWithTheSameIdempotencyKeyCreatesOnce() throws Exception {
        String idem = "erp-order-" + unique();
        String body = "{\"kind\":\"PERSON\",\"name\":\"중복방지 " + idem + "\"}";
        HttpResponse<String> first = host.call("POST", "v1/customers", REP, body, "Idempotency-Key", idem);
        HttpResponse<String> again = host.call("POST", "v1/customers", REP, body, "Idempotency-Key", idem);
        assertThat(host.read(again).path("key").asText()).isEqualTo(host.read(first).path("key").asText());
        assertThat(host.read(host.call("GET", "v1/customers?q=" + CrmHost.escape(idem), REP, null)).path("total").asLong())
                .isEqualTo(1);
    }

    @Test
    void anUnknownCustomerGets404() throws Exception {
        HttpResponse<String> r = host.call("GET", "v1/customers/C0000000000Z", REP, null);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(host.read(r).path("error").asText()).contains("not found");
    }
}
