package kr.crm.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium, driven by its chromedriver, in Korean; and the screenshots the tests keep. */
final class Chromium {
    private Chromium() {
    }

    /** A laptop-sized window of {@code width} x {@code height} pixels. */
    static ChromeDriver window(int width, int height) {
        return start(options("--window-size=" + width + "," + height));
    }

    /** A phone: 390 x 844 CSS pixels at pixel ratio 2, as Chrome's device emulation shows it. */
    static ChromeDriver phone() {
        ChromeOptions options = options();
        options.setExperimentalOption("mobileEmulation",
                Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 2.0)));
        return start(options);
    }

    /** Saves what the browser shows as {@code name}.png under {@code crm.screenshots} (target/screenshots). */
    static void screenshot(ChromeDriver browser, String name) throws Exception {
        Path folder = Path.of(System.getProperty("crm.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), folder.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static ChromeOptions options(String... extra) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("crm.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=ko-KR");
        options.addArguments(extra);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ko-KR,ko"));
        return options;
    }

    private static ChromeDriver start(ChromeOptions options) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("crm.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
