package kr.crm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A rep works a service request to resolution on the service desk page and reads it back in the reports. */
class ServiceDeskBrowserTest extends BrowserTest {

    @BeforeAll
    static void start() throws Exception {
        open(Chromium.window(1280, 1400), 15);
    }

    private static void screenshot(String name) throws Exception {
        Chromium.screenshot(browser, name);
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
