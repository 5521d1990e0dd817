package kr.crm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A marketer creates a campaign for a saved segment on the campaigns page, launches it, watches its recipients (only
 * those with a lawful basis) and opens the proof of why one message may be sent.
 */
class CampaignBrowserTest extends BrowserTest {

    @BeforeAll
    static void start() throws Exception {
        open(Chromium.window(1280, 1400), 20);
    }

    private static String id(String json) {
        return json.replaceAll("(?s).*?\"id\"\\s*:\\s*\"?([0-9]+).*", "$1");
    }

    private static String key(String json) {
        return json.replaceAll("(?s).*?\"key\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    @Test
    void aMarketerLaunchesACampaignForASegmentAndSeesWhyEachMessageIsLawful() throws Exception {
        demo.hanbitKeyWithTasks(); // the demo has loaded
        String run = UUID.randomUUID().toString().substring(0, 6);
        String region = "캠페인" + run;
        String consentId = null;
        for (int i = 0; i < 3; i++) {
            String key = key(demo.send("POST", "/api/v1/customers", """
                    {"kind":"PERSON","name":"수신자%d %s","region":"%s","email":"buyer%d-%s@example.co.kr"}"""
                    .formatted(i, run, region, i, run)));
            if (i < 2) { // the third gave no consent: not a recipient
                String consent = demo.send("POST", "/api/v1/consents", """
                        {"subjectKey":"%s","channel":"EMAIL","purpose":"ADVERTISING","granted":true,"method":"WEB_FORM",
                         "noticeVersion":"v1","occurredAt":"%s"}""".formatted(key,
                        OffsetDateTime.now(ZoneOffset.ofHours(9)).minusMinutes(5).withNano(0)));
                consentId = consentId == null ? id(consent) : consentId;
            }
        }
        demo.send("admin", "POST", "/api/v1/analytics/recompute", null);
        String segment = id(demo.send("POST", "/api/v1/segments", """
                {"name":"겨울 안내 대상 %s","conditions":[{"field":"region","op":"=","value":"%s"}]}""".formatted(run, region)));
        String template = "winter-" + run;
        demo.send("POST", "/api/v1/campaign-templates", """
                {"name":"%s","channel":"EMAIL","kind":"ADVERTISING","senderName":"한빛정밀","senderContact":"02-555-0100",
                 "subject":"겨울 신제품 안내","body":"{name}님, 겨울 신제품을 소개합니다."}""".formatted(template));

        browser.get(demo.hostEntry("/crm/campaigns.html"));
        wait.until(ExpectedConditions.attributeToBe(By.id("campaigns"), "aria-busy", "false"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("캠페인");
        byTestId("new-campaign-name").sendKeys("겨울 신제품 " + run);
        new Select(byTestId("new-campaign-segment")).selectByValue(segment);
        new Select(byTestId("new-campaign-template")).selectByValue(template);
        byTestId("create-campaign").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid='detail-state']"),
                "작성 중"));
        assertThat(byTestId("campaign-detail").getText()).contains("겨울 신제품 " + run, template);

        byTestId("launch").click();
        wait.until(d -> d.findElements(By.cssSelector("[data-testid='recipient']")).size() == 2);
        assertThat(byTestId("detail-state").getText()).isIn("발송 중", "완료");
        assertThat(byTestId("campaign-counts").findElement(By.cssSelector("[data-count='frozen']")).getText())
                .as("two of three members consented").isEqualTo("2");
        List<WebElement> recipients = browser.findElements(By.cssSelector("[data-testid='recipient']"));
        assertThat(byTestId("recipients").getText()).contains("buyer0-" + run, "buyer1-" + run, "수신 동의")
                .doesNotContain("buyer2-" + run);

        recipients.get(0).findElement(By.cssSelector("[data-testid='why']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid='why-panel']"),
                "발송 시작 때의 근거"));
        assertThat(byTestId("why-panel").getText()).contains("수신 동의").containsPattern("동의 #[0-9]+");
        Chromium.screenshot(browser, "campaign");
    }
}
