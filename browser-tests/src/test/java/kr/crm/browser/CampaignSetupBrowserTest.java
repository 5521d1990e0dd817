package kr.crm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * What a marketer sets up on the campaigns page besides campaigns: message templates, seen as they will go out (with
 * the legal frame the CRM adds) and saved in versions, and triggered programs for customer moments.
 */
class CampaignSetupBrowserTest extends BrowserTest {

    @BeforeAll
    static void start() throws Exception {
        open(Chromium.window(1280, 1600), 20);
    }

    private static void type(String field, String text) {
        WebElement e = byTestId("template-" + field);
        e.clear();
        e.sendKeys(text);
    }

    private static void openPage() throws Exception {
        demo.hanbitKeyWithTasks(); // the demo has loaded
        browser.get(demo.hostEntry("/crm/campaigns.html"));
        wait.until(ExpectedConditions.attributeToBe(By.id("campaigns"), "aria-busy", "false"));
    }

    /**
     * Waits until an item ({@code template-item} or {@code program-item}) naming this template shows every one of
     * {@code expected}; a save or change redraws the list, so the items are looked up afresh each time.
     */
    private static void awaitItem(String kind, String template, String... expected) {
        wait.until(d -> {
            try {
                return d.findElements(By.cssSelector("[data-testid='" + kind + "']")).stream().map(WebElement::getText)
                        .anyMatch(text -> text.contains(template) && Arrays.stream(expected).allMatch(text::contains));
            } catch (StaleElementReferenceException e) {
                return false;
            }
        });
    }

    /** Clicks {@code control} (a CSS selector) inside the item of this kind that names this template. */
    private static void clickIn(String kind, String template, String control) {
        wait.until(d -> {
            try {
                for (WebElement item : d.findElements(By.cssSelector("[data-testid='" + kind + "']"))) {
                    if (item.getText().contains(template)) {
                        item.findElement(By.cssSelector(control)).click();
                        return true;
                    }
                }
                return false;
            } catch (StaleElementReferenceException | NoSuchElementException e) {
                return false;
            }
        });
    }

    @Test
    void aMarketerWritesATemplateSeesItAsItGoesOutAndSavesASecondVersion() throws Exception {
        String name = "봄맞이-" + UUID.randomUUID().toString().substring(0, 6);
        openPage();

        type("name", name);
        type("senderName", "한빛정밀");
        type("senderContact", "02-555-0100");
        type("subject", "봄 신제품 안내");
        type("body", "{name}님, 봄 신제품을 소개합니다.");
        assertThat(byTestId("template-optOut").isDisplayed()).as("an e-mail has no 080 number").isFalse();
        byTestId("template-save").click();
        awaitText("template-preview", "홍길동님, 봄 신제품을 소개합니다.");
        assertThat(text("template-preview")).contains("(광고) 봄 신제품 안내", "02-555-0100");
        awaitItem("template-item", name, "EMAIL", "광고", "v1");
        assertThat(new Select(byTestId("new-campaign-template")).getOptions()).extracting(o -> o.getAttribute("value"))
                .contains(name);

        clickIn("template-item", name, "a");
        assertThat(byTestId("template-subject").getAttribute("value")).isEqualTo("봄 신제품 안내");
        type("body", "{name}님, 봄 신제품을 10% 할인해 드립니다.");
        byTestId("template-save").click();
        awaitText("template-preview", "10% 할인해 드립니다");
        awaitItem("template-item", name, "v2");
    }

    @Test
    void aTextMessageTemplateEndsWithTheFreeOptOutNumber() throws Exception {
        String name = "문자-" + UUID.randomUUID().toString().substring(0, 6);
        openPage();

        type("name", name);
        new Select(byTestId("template-channel")).selectByValue("SMS");
        assertThat(byTestId("template-subject").isDisplayed()).as("a text message has no subject").isFalse();
        type("senderName", "한빛정밀");
        type("senderContact", "02-555-0100");
        type("optOut", "080-555-0100");
        type("body", "{name}님, 봄맞이 행사에 초대합니다.");
        byTestId("template-save").click();
        awaitText("template-preview", "무료수신거부 080-555-0100");
        assertThat(text("template-preview")).startsWith("(광고)한빛정밀").contains("홍길동님, 봄맞이 행사에 초대합니다.");
        awaitItem("template-item", name, "SMS", "v1");
    }

    @Test
    void aMarketerStartsABirthdayProgramTurnsItOffAndMovesItToTheTemplatesNewVersion() throws Exception {
        String name = "축하-" + UUID.randomUUID().toString().substring(0, 6);
        String template = """
                {"name":"%s","channel":"EMAIL","kind":"ADVERTISING","senderName":"한빛정밀","senderContact":"02-555-0100",
                 "subject":"생일 축하","body":"{name}님, %s"}""";
        demo.send("POST", "/api/v1/campaign-templates", template.formatted(name, "생일을 축하합니다."));
        openPage();

        new Select(byTestId("program-kind")).selectByValue("BIRTHDAY");
        new Select(byTestId("program-template")).selectByValue(name);
        byTestId("program-create").click();
        awaitItem("program-item", name, "생일", name + " v1", "실행 중");
        wait.until(d -> d.findElements(By.cssSelector("[data-testid='campaign-item']")).stream()
                .anyMatch(e -> e.getText().contains(name))); // its standing campaign, with its messages

        clickIn("program-item", name, "[data-testid='program-toggle']");
        awaitItem("program-item", name, "중지");

        demo.send("POST", "/api/v1/campaign-templates", template.formatted(name, "올해도 건강하세요."));
        openPage();
        clickIn("program-item", name, "[data-testid='program-newest']");
        awaitItem("program-item", name, name + " v2", "중지"); // moved, and still off
        Chromium.screenshot(browser, "campaign-setup-ko");
    }
}
