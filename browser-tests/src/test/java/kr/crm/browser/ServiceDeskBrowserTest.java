package kr.crm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A rep works a service request to resolution on the service desk page and reads it back in the reports. */
class ServiceDeskBrowserTest {
    private static DemoHost demo;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        demo = DemoHost.get();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("crm.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=ko-KR", "--window-size=1280,1400");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ko-KR,ko"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("crm.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static String text(String testId) {
        return browser.findElement(By.cssSelector("[data-testid='" + testId + "']")).getText();
    }

    private static void awaitText(String testId, String expected) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid='" + testId + "']"),
                expected));
    }

    private static void screenshot(String name) throws Exception {
        Path folder = Path.of(System.getProperty("crm.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), folder.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aRepRepliesClassifiesAndResolvesARequestAndTheReportsCountIt() throws Exception {
        String key = demo.hanbitKeyWithTasks();
        String subject = "납기 지연 문의 " + UUID.randomUUID().toString().substring(0, 4);
        String created = demo.send("POST", "/api/v1/service-requests", """
                {"accountKey":"%s","type":"COMPLAINT","channel":"PHONE","subject":"%s",
                 "description":"12월 납품분이 아직 도착하지 않았습니다."}""".formatted(key, subject));
        String id = created.replaceAll("(?s).*\"id\"\\s*:\\s*\"?([0-9]+).*", "$1");

        browser.get(demo.hostEntry("/crm/service.html?request=" + id));
        wait.until(ExpectedConditions.attributeToBe(By.id("desk"), "aria-busy", "false"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("서비스 데스크");
        assertThat(text("detail-subject")).contains(subject);
        assertThat(text("detail-status")).isEqualTo("접수");
        assertThat(browser.findElements(By.cssSelector("[data-testid='queue-item'][data-request-id='" + id + "']")))
                .as("the new request waits in the open queue").hasSize(1);

        browser.findElement(By.cssSelector("[data-testid='reply-text']")).sendKeys("내일 오전 중 출고 예정입니다.");
        browser.findElement(By.cssSelector("[data-testid='reply-customer']")).click();
        awaitText("detail-history", "내일 오전 중 출고 예정입니다.");
        assertThat(text("detail-history")).contains("회신");

        new Select(browser.findElement(By.cssSelector("[data-testid='topic']"))).selectByValue("DELIVERY");
        awaitText("detail-topic", "배송·납기");

        new Select(browser.findElement(By.cssSelector("[data-testid='move-status']"))).selectByValue("RESOLVED");
        browser.findElement(By.cssSelector("[data-testid='move-comment']")).sendKeys("출고 완료, 운송장 안내");
        browser.findElement(By.cssSelector("[data-testid='move']")).click();
        awaitText("detail-status", "해결");
        assertThat(text("detail-history")).contains("해결", "출고 완료, 운송장 안내", "분류");
        wait.until(d -> d.findElements(By.cssSelector("[data-testid='queue-item'][data-request-id='" + id + "']"))
                .isEmpty());
        screenshot("service-desk-ko");

        browser.navigate().refresh();
        wait.until(ExpectedConditions.attributeToBe(By.id("reports"), "aria-busy", "false"));
        assertThat(text("backlog-table")).contains("해결", "불편사항");
        assertThat(text("sla-table")).contains("불편사항");
        assertThat(text("topics-table")).contains("(주)한빛정밀", "배송·납기");
        assertThat(demo.get("/api/v1/service-requests/" + id)).contains("\"status\":\"RESOLVED\"",
                "\"topic\":\"DELIVERY\"");
        screenshot("service-reports-ko");
    }
}
