package kr.crm.browser;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A browser test class: the demo host, one Chromium window for the class (opened by its {@code @BeforeAll} with
 * {@link #open}, closed after its last test) and the look-ups by {@code data-testid} the pages are written for.
 */
abstract class BrowserTest {
    static DemoHost demo;
    static ChromeDriver browser;
    static WebDriverWait wait;

    /** Takes the demo host and this window, waiting up to {@code seconds} in each {@link #wait}. */
    static void open(ChromeDriver window, int seconds) throws Exception {
        demo = DemoHost.get();
        browser = window;
        wait = new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    static WebElement byTestId(String testId) {
        return browser.findElement(By.cssSelector("[data-testid='" + testId + "']"));
    }

    static String text(String testId) {
        return byTestId(testId).getText();
    }

    static void awaitText(String testId, String expected) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid='" + testId + "']"),
                expected));
    }
}
