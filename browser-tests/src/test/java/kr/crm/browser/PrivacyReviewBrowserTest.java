package kr.crm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An admin reviews the month's access log in the browser: rep.kim's export with its reason is listed, the hash
 * chain checks out, the review is signed off, and the accesses to one customer show who read it. And the privacy
 * officer takes a person's erasure request from opening the case to carrying it out.
 */
class PrivacyReviewBrowserTest extends BrowserTest {

    @BeforeAll
    static void start() throws Exception {
        open(Chromium.window(1280, 1400), 15);
    }

    @Test
    void anAdminSeesTheMonthsExportsWithReasonsChecksTheChainAndSignsTheReviewOff() throws Exception {
        String key = demo.hanbitKeyWithTasks();
        String reason = "분기 실적 보고 " + UUID.randomUUID().toString().substring(0, 4);
        String csv = demo.get("/api/v1/analytics/rfm-grid?format=csv&reason="
                + URLEncoder.encode(reason, StandardCharsets.UTF_8));
        assertThat(csv).contains("recency");
        assertThat(demo.get("/api/v1/customers/" + key)).contains("한빛정밀");
        String month = YearMonth.now(ZoneId.of("Asia/Seoul")).toString();

        browser.get(demo.adminEntry("/crm/privacy.html?month=" + month));
        wait.until(ExpectedConditions.attributeToBe(By.id("page"), "aria-busy", "false"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("개인정보 접속기록 점검");
        assertThat(text("review-exports")).contains("rep.kim", reason, "내보내기");
        assertThat(text("review-readers")).contains("rep.kim");

        browser.findElement(By.cssSelector("[data-testid='chain-verify']")).click();
        awaitText("chain-result", "이상 없음");

        String note = "이상 없음 확인 " + UUID.randomUUID().toString().substring(0, 4);
        browser.findElement(By.cssSelector("[data-testid='review-note']")).sendKeys(note);
        browser.findElement(By.cssSelector("[data-testid='review-sign']")).click();
        awaitText("review-signoffs", note);
        assertThat(text("review-signoffs")).contains("admin");

        browser.findElement(By.cssSelector("[data-testid='subject-key']")).sendKeys(key);
        browser.findElement(By.cssSelector("[data-testid='subject-show']")).click();
        awaitText("subject-entries", "rep.kim");
        assertThat(text("subject-entries")).contains("조회");
        Chromium.screenshot(browser, "privacy-review-ko");
    }

    @Test
    void aPrivacyOfficerOpensAnErasureRequestSeesWhatIsHeldAndCarriesItOut() throws Exception {
        demo.hanbitKeyWithTasks(); // the demo has loaded
        String run = UUID.randomUUID().toString().substring(0, 6);
        String created = demo.send("POST", "/api/v1/customers", """
                {"kind":"PERSON","name":"삭제요청 %s","phone":"010-3300-0001","email":"erase-%s@example.co.kr","region":"서울"}"""
                .formatted(run, run));
        String key = created.replaceAll("(?s).*?\"key\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        browser.get(demo.adminEntry("/crm/privacy.html"));
        wait.until(ExpectedConditions.attributeToBe(By.id("page"), "aria-busy", "false"));
        // an access request: opening the case does not carry it out, gathering what is held does
        openAndGather(key, null, "내 정보를 보여 달라고 요청함", "열람");
        awaitText("dsr-outcome", "admin");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-area='customers']")));

        openAndGather(key, "ERASURE", "전화로 내 정보를 모두 지워 달라고 요청함", "삭제");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-area='customers']")));
        assertThat(text("dsr-held")).contains(key);
        assertThat(browser.findElement(By.cssSelector("[data-area='customers']")).getText()).contains("고객", "1");
        assertThat(text("dsr-list")).contains(key, "삭제", "접수");

        byTestId("dsr-erasure").click();
        browser.switchTo().alert().accept();
        awaitText("dsr-outcome", "admin");
        byTestId("dsr-gather").click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid='dsr-held'] p")));
        assertThat(browser.findElements(By.cssSelector("[data-area='customers']"))).as("the person is gone").isEmpty();
        assertThat(browser.findElements(By.cssSelector("[data-testid='dsr-erasure']"))).as("carried out once")
                .isEmpty();
        awaitText("destruction-log", key);
        assertThat(browser.findElements(By.cssSelector("[data-testid='destruction-entry']")).stream()
                .map(e -> e.getText()).filter(row -> row.contains(key)).findFirst()).get().asString()
                .contains("정보주체 요청", "삭제", "customer 1", "admin");
        Chromium.screenshot(browser, "privacy-requests-ko");
    }

    @Test
    void aPrivacyOfficerCarriesOutARestrictionAndLiftsItWithAReason() throws Exception {
        String key = demo.hanbitKeyWithTasks();
        String created = demo.send("POST", "/api/v1/accounts/" + key + "/contacts",
                "{\"name\":\"해제요청\",\"title\":\"과장\",\"email\":\"lift@hanbit-precision.co.kr\"}");
        String contact = created.replaceAll("(?s).*?\"key\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        browser.get(demo.adminEntry("/crm/privacy.html"));
        wait.until(ExpectedConditions.attributeToBe(By.id("page"), "aria-busy", "false"));
        openAndGather(contact, "RESTRICTION", "전화로 처리정지를 요구함", "처리정지");
        byTestId("dsr-restriction").click();
        browser.switchTo().alert().accept();
        awaitText("dsr-outcome", "tasks no longer name the person");
        assertThat(demo.get("/api/v1/contacts/" + contact)).contains("\"restrictedAt\"");

        byTestId("dsr-lift").click(); // without a reason: refused, nothing lifted
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid='toast'].bad")));
        assertThat(browser.findElement(By.cssSelector("[data-testid='toast'].bad")).getText()).contains("reason");
        assertThat(browser.findElements(By.cssSelector("[data-testid='dsr-lifted']"))).isEmpty();
        byTestId("dsr-lift-reason").sendKeys("본인이 다시 연락을 원함");
        byTestId("dsr-lift").click();
        awaitText("dsr-lifted", "처리정지 해제");
        assertThat(text("dsr-lifted")).contains("admin");
        assertThat(browser.findElements(By.cssSelector("[data-testid='dsr-lift']"))).as("lifted once").isEmpty();
        assertThat(demo.get("/api/v1/contacts/" + contact)).doesNotContain("\"restrictedAt\":\"");
    }

    /**
     * Opens a data-subject case for {@code key} ({@code right} null: the form's default) and checks that opening it
     * did not carry it out; then asks for what is held.
     */
    private void openAndGather(String key, String right, String what, String shownRight) {
        byTestId("dsr-key").clear();
        byTestId("dsr-key").sendKeys(key);
        if (right != null) {
            new Select(byTestId("dsr-right")).selectByValue(right);
        }
        byTestId("dsr-what").clear();
        byTestId("dsr-what").sendKeys(what);
        byTestId("dsr-create").click();
        awaitText("dsr-detail", shownRight);
        assertThat(browser.findElements(By.cssSelector("[data-testid='dsr-outcome']"))).as("opened, not done")
                .isEmpty();
        byTestId("dsr-gather").click();
    }
}
