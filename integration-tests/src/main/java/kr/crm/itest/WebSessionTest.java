package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** How a browser reaches the CRM's pages: a host token or a password opens a cookie session. */
class WebSessionTest extends CrmTest {
    private final HttpClient browser = HttpClient.newHttpClient();

    /** What a host ERP computes: base64url(payload) "." base64url(HMAC-SHA256(secret, base64url(payload))). */
    static String hostToken(String secret, String user, String name, String roles, long validSeconds) throws Exception {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String payload = b64.encodeToString((user + "\n" + name + "\n" + roles + "\n"
                + Instant.now().plusSeconds(validSeconds).getEpochSecond()).getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return payload + "." + b64.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String cookieOf(HttpResponse<String> r) {
        String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/");
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private HttpResponse<String> me(String cookie, boolean webHeader) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(host.base + "v1/me")).header("Cookie", cookie);
        if (webHeader) {
            request.header("X-CRM-Web", "1");
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aHostTokenInTheIframeUrlOpensASessionForTheHostsUser() throws Exception {
        String token = hostToken(CrmHost.HOST_SECRET, "erp.park", "박과장", "crm.rep", 60);
        String next = "/crm/tab.html?customer=C1&lang=ko";
        HttpResponse<String> entry = host.call("GET", "v1/session/host?token=" + token + "&next=" + CrmHost.escape(next), null, null);
        assertThat(entry.statusCode()).as(entry.body()).isEqualTo(303);
        assertThat(entry.headers().firstValue("Location").orElseThrow()).endsWith(next);
        String cookie = cookieOf(entry);

        HttpResponse<String> me = me(cookie, true);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(host.read(me).path("username").asText()).isEqualTo("erp.park");
        assertThat(host.read(me).path("displayName").asText()).isEqualTo("박과장");
        assertThat(me(cookie, false).statusCode()).as("the cookie alone, as a forged cross-site request sends it").isEqualTo(401);
        assertThat(me(cookie.substring(0, cookie.length() - 2) + "xx", true).statusCode()).isEqualTo(401);
    }

    @Test
    void wrongOrLongLivedHostTokensAndForeignRedirectsAreRefused() throws Exception {
        String next = CrmHost.escape("/crm/tab.html");
        String forged = hostToken("not-the-shared-secret-0123456789-abcdef", "erp.park", "", "crm.admin", 60);
        assertThat(host.call("GET", "v1/session/host?token=" + forged + "&next=" + next, null, null).statusCode()).isEqualTo(401);
        String tooLong = hostToken(CrmHost.HOST_SECRET, "erp.park", "", "crm.rep", 3600);
        assertThat(host.call("GET", "v1/session/host?token=" + tooLong + "&next=" + next, null, null).statusCode()).isEqualTo(401);
        String good = hostToken(CrmHost.HOST_SECRET, "erp.park", "", "crm.rep", 60);
        HttpResponse<String> elsewhere = host.call("GET", "v1/session/host?token=" + good + "&next="
                + CrmHost.escape("https://evil.example/crm/"), null, null);
        assertThat(elsewhere.statusCode()).isEqualTo(400);
        assertThat(host.read(elsewhere).path("field").asText()).isEqualTo("next");
    }

    @Test
    void theLoginPageSessionCarriesTheUsersRoles() throws Exception {
        HttpResponse<String> wrong = host.call("POST", "v1/session", null,
                "{\"username\":\"" + CrmHost.VIEWER + "\",\"password\":\"wrong-password\"}");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("Set-Cookie")).isEmpty();
        HttpResponse<String> login = host.call("POST", "v1/session", null,
                "{\"username\":\"" + CrmHost.VIEWER + "\",\"password\":\"" + CrmHost.PASSWORD + "\"}");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        String cookie = cookieOf(login);
        HttpRequest post = HttpRequest.newBuilder(URI.create(host.base + "v1/contact-logs")).header("Cookie", cookie)
                .header("X-CRM-Web", "1").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"accountKey\":\"C1\",\"type\":\"VISIT\",\"summary\":\"x\"}")).build();
        assertThat(browser.send(post, HttpResponse.BodyHandlers.ofString()).statusCode())
                .as("a viewer's session may read, not log").isEqualTo(403);
    }

    @Test
    void aRoleTakenAwayCountsAtTheSessionsNextRequest() throws Exception {
        String name = "it.revoked." + java.util.UUID.randomUUID().toString().substring(0, 6);
        kr.crm.api.security.UserDirectory users = CrmHost.service(host.context, kr.crm.api.security.UserDirectory.class);
        users.saveUser(name, "회수 시험", java.util.Set.of(kr.crm.api.security.CrmRoles.REP),
                CrmHost.PASSWORD.toCharArray());
        HttpResponse<String> login = host.call("POST", "v1/session", null,
                "{\"username\":\"" + name + "\",\"password\":\"" + CrmHost.PASSWORD + "\"}");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        HttpRequest me = HttpRequest.newBuilder(URI.create(host.base + "v1/me")).header("Cookie", cookieOf(login))
                .header("X-CRM-Web", "1").build();
        assertThat(browser.send(me, HttpResponse.BodyHandlers.ofString()).body()).contains("crm.rep");

        users.saveUser(name, "회수 시험", java.util.Set.of(kr.crm.api.security.CrmRoles.VIEWER), null, CrmHost.ADMIN);
        HttpResponse<String> after = browser.send(me, HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("crm.viewer").doesNotContain("crm.rep");
    }

    @Test
    void thePagesAreServedAsStaticFilesWithoutData() throws Exception {
        String root = host.base.replace("/api/", "/crm/");
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(root + "tab.html")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("tab.js");
        HttpResponse<String> script = browser.send(HttpRequest.newBuilder(URI.create(root + "tab.js")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type").orElse("")).contains("javascript");
    }
}
