package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The customer portal: public submission, the signed follow link, the rate limit. The rate test runs last. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalTest extends CrmTest {
    private static final String PNG_HEADER = "89504E470D0A1A0A0000000D49484452";

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private static byte[] png() {
        byte[] b = new byte[64];
        for (int i = 0; i < PNG_HEADER.length() / 2; i++) {
            b[i] = (byte) Integer.parseInt(PNG_HEADER.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    private ObjectNode submission(String company, String phone, String email) {
        ObjectNode s = host.json.createObjectNode();
        s.putObject("requester").put("name", "김고객").put("email", email).put("phone", phone).put("company", company);
        s.put("type", "REPAIR").put("subject", "포장기 센서 고장").put("description", "3번 라인 센서가 작동하지 않습니다.\n사진 첨부합니다.");
        s.putArray("attachments").addObject().put("fileName", "센서.png").put("contentType", "image/png")
                .put("data", Base64.getEncoder().encodeToString(png()));
        return s;
    }

    private static HttpResponse<String> submit(Object body) throws Exception {
        return host.call("POST", "v1/portal/requests", null, body.toString());
    }

    private static HttpResponse<String> follow(String token) throws Exception {
        return host.call("GET", "v1/portal/requests/" + token, null, null);
    }

    /** A token as the portal signs them, for links the portal would never give out (expired, soon expiring). */
    static String sign(String secret, String requestId, Instant expires) throws Exception {
        String payload = requestId + "." + expires.getEpochSecond();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    @Order(1)
    void aPortalSubmissionBecomesARequestTheCustomerFollowsAndAddsTo() throws Exception {
        String company = "(주)포털신규" + unique();
        HttpResponse<String> submitted = submit(submission(company, "031-555-" + (1000 + (int) (Math.random() * 8999)),
                "buyer." + unique() + "@example.co.kr"));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        JsonNode receipt = host.read(submitted);
        String id = receipt.path("reference").asText();
        String token = receipt.path("token").asText();
        assertThat(token).doesNotContain("/").doesNotContain("+");

        JsonNode view = host.read(follow(token));
        assertThat(view.path("subject").asText()).isEqualTo("포장기 센서 고장");
        assertThat(view.path("status").asText()).isEqualTo("RECEIVED");
        assertThat(view.path("typeNameKo").asText()).isEqualTo("수리/AS");
        assertThat(view.path("attachments").findValuesAsText("fileName")).containsExactly("센서.png");
        assertThat(view.path("entries").findValuesAsText("kind")).containsExactly("CREATED");

        JsonNode staff = host.read(host.call("GET", "v1/service-requests/" + id, CrmHost.VIEWER, null));
        assertThat(staff.path("channel").asText()).isEqualTo("PORTAL");
        assertThat(staff.path("createdBy").asText()).isEqualTo("portal");
        JsonNode prospect = host.read(host.call("GET", "v1/customers/" + staff.path("accountKey").asText(), CrmHost.VIEWER, null));
        assertThat(prospect.path("name").asText()).isEqualTo(company);
        assertThat(prospect.path("kind").asText()).isEqualTo("COMPANY");
        JsonNode files = host.read(host.call("GET", "v1/service-requests/" + id + "/attachments", CrmHost.VIEWER, null));
        HttpResponse<String> download = host.call("GET", "v1/service-requests/" + id + "/attachments/" + files.get(0).path("id").asText(),
                CrmHost.VIEWER, null);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");

        host.call("POST", "v1/service-requests/" + id + "/comments", CrmHost.REP, "{\"text\":\"내부: 센서 재고 없음\"}");
        host.call("POST", "v1/service-requests/" + id + "/comments", CrmHost.REP, "{\"text\":\"센서 모델명을 알려 주세요.\",\"toCustomer\":true}");
        HttpResponse<String> waiting = host.call("PUT", "v1/service-requests/" + id + "/status", CrmHost.REP,
                "{\"status\":\"WAITING_FOR_CUSTOMER\",\"comment\":\"모델명 확인 요청\",\"version\":1}");
        assertThat(waiting.statusCode()).as(waiting.body()).isEqualTo(200);

        JsonNode seen = host.read(follow(token));
        assertThat(seen.path("status").asText()).isEqualTo("WAITING_FOR_CUSTOMER");
        assertThat(seen.path("entries").findValuesAsText("text")).contains("센서 모델명을 알려 주세요.", "모델명 확인 요청")
                .doesNotContain("내부: 센서 재고 없음");
        assertThat(seen.toString()).doesNotContain(CrmHost.REP);

        HttpResponse<String> added = host.call("POST", "v1/portal/requests/" + token + "/messages", null, "{\"text\":\"모델명은 KS-200 입니다.\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(host.read(added).path("status").asText()).as("back to work once the customer answered").isEqualTo("IN_PROGRESS");
        JsonNode history = host.read(host.call("GET", "v1/service-requests/" + id + "/history", CrmHost.VIEWER, null));
        assertThat(history.findValuesAsText("kind")).contains("CUSTOMER");
        assertThat(history.findValuesAsText("comment")).contains("모델명은 KS-200 입니다.");
    }

    @Test
    @Order(2)
    void aSubmissionFromAKnownCompanyLinksToItsCustomerKey() throws Exception {
        String name = "(주)포털기존" + unique();
        String phone = "02-777-" + (1000 + (int) (Math.random() * 8999));
        HttpResponse<String> created = host.call("POST", "v1/accounts", CrmHost.REP,
                "{\"name\":\"%s\",\"phone\":\"%s\",\"ownerRep\":\"%s\"}".formatted(name, phone, CrmHost.REP));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String key = host.read(created).path("key").asText();

        JsonNode receipt = host.read(submit(submission(name, phone.replace("-", ""), "someone." + unique() + "@example.com")));
        JsonNode staff = host.read(host.call("GET", "v1/service-requests/" + receipt.path("reference").asText(), CrmHost.VIEWER, null));
        assertThat(staff.path("accountKey").asText()).isEqualTo(key);
    }

    @Test
    @Order(3)
    void aForgedOrExpiredLinkShowsNothing() throws Exception {
        JsonNode receipt = host.read(submit(submission("(주)링크시험" + unique(), null, "link." + unique() + "@example.com")));
        String id = receipt.path("reference").asText();
        String token = receipt.path("token").asText();
        String[] parts = token.split("\\.");
        assertThat(follow(token).statusCode()).isEqualTo(200);

        String otherId = String.valueOf(Long.parseLong(id) - 1);
        for (String forged : new String[] {otherId + "." + parts[1] + "." + parts[2],
            id + "." + (Long.parseLong(parts[1]) + 86_400) + "." + parts[2], id, "1.1.AAAA",
            sign("not-the-portal-secret-0123456789-abcdef", id, Instant.now().plusSeconds(3600))}) {
            HttpResponse<String> r = follow(forged);
            assertThat(r.statusCode()).as(forged).isEqualTo(404);
            assertThat(r.body()).doesNotContain("포장기");
            assertThat(host.call("POST", "v1/portal/requests/" + forged + "/messages", null, "{\"text\":\"침입\"}").statusCode())
                    .isEqualTo(404);
        }
        assertThat(follow(sign(CrmHost.PORTAL_SECRET, id, Instant.now().minusSeconds(1))).statusCode()).isEqualTo(404);

        String shortLived = sign(CrmHost.PORTAL_SECRET, id, Instant.now().plusSeconds(2));
        assertThat(follow(shortLived).statusCode()).as("valid until it expires").isEqualTo(200);
        TimeUnit.MILLISECONDS.sleep(3200);
        assertThat(follow(shortLived).statusCode()).as("expired").isEqualTo(404);
        assertThat(follow(token).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(4)
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        long before = count();
        byte[] big = new byte[2048 * 1024 + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        Object[][] cases = {
            {(Edit) s -> ((ObjectNode) s.path("requester")).remove("name"), "requester.name"},
            {(Edit) s -> ((ObjectNode) s.path("requester")).put("email", "not-an-address"), "requester.email"},
            {(Edit) s -> ((ObjectNode) s.path("requester")).put("phone", "call me"), "requester.phone"},
            {(Edit) s -> s.put("type", "NO_SUCH"), "type"},
            {(Edit) s -> s.put("subject", " "), "subject"},
            {(Edit) s -> s.put("description", "가".repeat(4001)), "description"},
            {(Edit) s -> { for (int i = 0; i < 3; i++) { s.withArray("attachments").add(s.path("attachments").get(0).deepCopy()); } }, "attachments"},
            {(Edit) s -> ((ObjectNode) s.path("attachments").get(0)).put("data", Base64.getEncoder().encodeToString(big)), "attachments[0].data"},
            {(Edit) s -> ((ObjectNode) s.path("attachments").get(0)).put("fileName", "setup.exe")
                    .put("data", Base64.getEncoder().encodeToString("MZ-this-is-no-picture".getBytes(StandardCharsets.US_ASCII))),
                "attachments[0].contentType"},
            {(Edit) s -> s.put("colour", "red"), "colour"},
        };
        for (Object[] c : cases) {
            ObjectNode s = submission("(주)검증포털", "010-1234-5678", "check@example.com");
            ((Edit) c[0]).apply(s);
            HttpResponse<String> r = submit(s);
            assertThat(r.statusCode()).as(c[1] + ": " + r.body()).isEqualTo(400);
            assertThat(host.read(r).path("field").asText()).as(r.body()).isEqualTo(c[1]);
        }
        assertThat(host.call("POST", "v1/portal/requests/x/messages", null, "{\"text\":\" \"}").statusCode()).isEqualTo(400);

        // a body larger than any submission is refused before it is read, with its length given or without one
        String huge = "{\"subject\":\"" + "가".repeat(6 << 20) + "\"}"; // 18 MB of UTF-8
        CrmHost.tooLarge(() -> submit(huge));
        java.net.http.HttpRequest chunked = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(host.base + "v1/portal/requests")).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8)))).build();
        CrmHost.tooLarge(() -> java.net.http.HttpClient.newHttpClient().send(chunked,
                HttpResponse.BodyHandlers.ofString()));
        assertThat(count()).isEqualTo(before);
    }

    interface Edit {
        void apply(ObjectNode submission);
    }

    private static long count() throws Exception {
        try (Connection c = CrmHost.jdbc(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM service_request WHERE channel = 'PORTAL'")) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    @Order(5)
    void behindATrustedProxyTheCustomersForwardedAddressIsCounted() throws Exception {
        String customer = "203.0.113." + (1 + (int) (Math.random() * 250));
        HttpResponse<String> r = host.call("POST", "v1/portal/requests", null,
                submission("(주)프록시" + unique(), null, "proxy." + unique() + "@example.com").toString(),
                "X-Forwarded-For", "198.51.100.1, " + customer);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(customer.getBytes(StandardCharsets.UTF_8)));
        try (Connection c = CrmHost.jdbc(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT hits FROM service_portal_rate WHERE address_hash = '" + hash + "'")) {
            assertThat(rows.next()).as("counted under the nearest address the proxy saw, not the proxy's").isTrue();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    @Order(99)
    void submissionsFromOneAddressAreLimitedPerHourAcrossNodes() throws Exception {
        int accepted = 0;
        HttpResponse<String> refused = null;
        for (int i = 0; i < CrmHost.PORTAL_PER_HOUR + 2 && refused == null; i++) {
            HttpResponse<String> r = submit(submission("(주)속도제한" + unique(), null, "rate." + unique() + "@example.com"));
            if (r.statusCode() == 429) {
                refused = r;
            } else {
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                accepted++;
            }
        }
        assertThat(refused).as("the limit of %d an hour was reached", CrmHost.PORTAL_PER_HOUR).isNotNull();
        assertThat(accepted).isLessThanOrEqualTo(CrmHost.PORTAL_PER_HOUR);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 3600L);
        assertThat(host.read(refused).path("error").asText()).contains("too many");
        try (Connection c = CrmHost.jdbc(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT address_hash, hits FROM service_portal_rate ORDER BY hits DESC LIMIT 1")) {
            assertThat(r.next()).as("the counter lives in the database, shared by every node").isTrue();
            assertThat(r.getString(1)).hasSize(64).doesNotContain("127.0.0.1");
            assertThat(r.getInt(2)).isGreaterThan(CrmHost.PORTAL_PER_HOUR);
        }
    }
}
