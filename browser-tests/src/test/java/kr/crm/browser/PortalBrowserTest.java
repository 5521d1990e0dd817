package kr.crm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The customer portal at phone width: a customer submits a request with a photo and follows it by its link. */
class PortalBrowserTest extends BrowserTest {

    @BeforeAll
    static void start() throws Exception {
        open(Chromium.phone(), 15);
    }

    private static void screenshot(String name) throws Exception {
        Chromium.screenshot(browser, name);
    }

    private static void assertFitsThePhone() {
        Object overflow = browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(((Number) overflow).intValue()).as("no sideways scrolling at phone width").isLessThanOrEqualTo(0);
    }

    /** The portal's resources register after the staff API the demo host waits for; the page needs them. */
    private static void awaitPortalApi() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!demo.get("/api/v1/portal/types").startsWith("[{")) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the portal API did not come up");
            }
            Thread.sleep(250);
        }
    }

    @Test
    void aCustomerSubmitsARequestOnAPhoneAndFollowsIt() throws Exception {
        Path photo = Files.createTempFile("sensor", ".png");
        Files.write(photo, HexFormat.of().parseHex("89504E470D0A1A0A0000000D494844520000000100000001080200000090775"
                + "3DE0000000C4944415408D763F8FFFF3F0005FE02FEA7D6A5DA0000000049454E44AE426082"));
        awaitPortalApi();
        browser.get(demo.base + "/portal/index.html?lang=ko");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("select[name=type] option")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("고객 서비스 요청");
        assertFitsThePhone();

        browser.findElement(By.cssSelector("[data-testid=portal-form] button")).click();
        assertThat(browser.findElement(By.cssSelector("[data-testid=portal-error]")).getText()).isEqualTo("이름: 필수 항목입니다");

        browser.findElement(By.name("name")).sendKeys("박민수");
        browser.findElement(By.name("email")).sendKeys("minsu.park@example.co.kr");
        browser.findElement(By.name("phone")).sendKeys("010-2345-6789");
        browser.findElement(By.name("company")).sendKeys("(주)모바일테스트");
        new Select(browser.findElement(By.name("type"))).selectByValue("REPAIR");
        browser.findElement(By.name("subject")).sendKeys("포장기 센서 고장");
        browser.findElement(By.name("description")).sendKeys("3번 라인 센서가 작동하지 않습니다.");
        browser.findElement(By.name("attachments")).sendKeys(photo.toString());
        screenshot("portal-form-phone");
        browser.findElement(By.cssSelector("[data-testid=portal-form] button")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=portal-done]")));
        String reference = browser.findElement(By.cssSelector("[data-testid=reference]")).getText();
        assertThat(reference).matches("[0-9]+");
        screenshot("portal-received-phone");

        browser.findElement(By.cssSelector("[data-testid=follow-link]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=subject]"), "포장기 센서 고장"));
        assertThat(browser.findElement(By.cssSelector("[data-testid=status]")).getText()).isEqualTo("접수");
        assertThat(browser.findElement(By.id("files")).getText()).contains(photo.getFileName().toString());
        assertFitsThePhone();

        browser.findElement(By.name("text")).sendKeys("모델명은 KS-200 입니다.");
        browser.findElement(By.cssSelector("#message button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=entries]"), "KS-200"));
        screenshot("portal-follow-phone");

        String token = browser.getCurrentUrl().replaceAll(".*[?&]t=", "");
        assertThat(browser.findElement(By.cssSelector("[data-testid=survey]")).isDisplayed()).as("no survey while open").isFalse();
        String staffView = demo.get("/api/v1/service-requests/" + reference);
        String version = staffView.replaceAll("(?s).*\"version\"\\s*:\\s*([0-9]+).*", "$1");
        demo.send("PUT", "/api/v1/service-requests/" + reference + "/status",
                "{\"status\":\"RESOLVED\",\"comment\":\"센서 교체 완료\",\"version\":" + version + "}");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=survey]")));
        assertThat(browser.findElement(By.cssSelector("[data-testid=status]")).getText()).isEqualTo("해결");
        assertThat(browser.findElement(By.cssSelector("[data-testid=survey]")).getText()).contains("만족도 조사", "1 매우 불만족");
        assertFitsThePhone();
        browser.findElement(By.cssSelector("#surveyForm button")).click();
        assertThat(browser.findElement(By.cssSelector("[data-testid=portal-error]")).getText()).isEqualTo("점수를 선택해 주세요");
        browser.findElement(By.cssSelector("#surveyForm input[name=score][value='4']")).click();
        browser.findElement(By.cssSelector("#surveyForm textarea[name=comment]")).sendKeys("빠른 교체 감사합니다");
        screenshot("portal-survey-phone");
        browser.findElement(By.cssSelector("#surveyForm button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=survey-done]"),
                "평가해 주셔서 감사합니다. 점수: 4/5"));
        assertThat(browser.findElement(By.cssSelector("[data-testid=survey]")).isDisplayed()).isFalse();
        assertThat(demo.get("/api/v1/service-satisfaction/requests/" + reference)).contains("\"score\":4", "빠른 교체 감사합니다");

        browser.get(demo.base + "/portal/request.html?lang=en&t=" + token.substring(0, token.length() - 2) + "xx");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=portal-error]"),
                "This link has expired or is not valid."));
    }
}
