package kr.crm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The analytics page in headless Chromium over the demo data, in Korean, as rep.kim sees it. */
class AnalyticsPageTest extends BrowserTest {

    @BeforeAll
    static void start() throws Exception {
        demo = DemoHost.get();
        demo.hanbitKeyWithTasks();
        // the demo's crowd of customers and their orders, measured
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (customers(demo.get("/api/v1/analytics/pareto")) < 100 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(500);
        }
        open(Chromium.window(1400, 2200), 20);
    }

    private static long customers(String pareto) {
        Matcher m = Pattern.compile("\"customers\"\\s*:\\s*(\\d+)").matcher(pareto);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static void screenshot(String name) throws Exception {
        Chromium.screenshot(browser, name);
    }

    @Test
    void theAnalyticsPageShowsTheParetoChartAndTheRfmGridInKorean() throws Exception {
        String pareto = demo.get("/api/v1/analytics/pareto");
        Matcher share = Pattern.compile("\"top20Share\"\\s*:\\s*([0-9.]+)").matcher(pareto);
        assertThat(share.find()).as(pareto).isTrue();
        String percent = String.format("%.1f%%", Double.parseDouble(share.group(1)) * 100).replace(".0%", "%");

        browser.get(demo.hostEntry("/crm/analytics.html"));
        wait.until(ExpectedConditions.attributeToBe(By.id("analytics"), "aria-busy", "false"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ko");
        assertThat(text("pareto")).startsWith("파레토 곡선");
        assertThat(text("pareto-top20")).startsWith("상위 20% 고객").contains(percent).contains("차지합니다");
        Number points = (Number) browser.executeScript(
                "return Chart.getChart(document.querySelector(\"[data-testid='pareto-chart']\")).data.datasets[0].data.length");
        assertThat(points.intValue()).as("points of the drawn Pareto curve").isGreaterThan(10);

        assertThat(text("rfm")).startsWith("RFM 격자");
        long shown = 0;
        for (WebElement cell : browser.findElements(By.cssSelector("[data-testid^='rfm-'] b"))) {
            shown += Long.parseLong(cell.getText());
        }
        Matcher population = Pattern.compile("\"population\"\\s*:\\s*(\\d+)").matcher(demo.get("/api/v1/analytics/rfm-grid"));
        assertThat(population.find()).isTrue();
        assertThat(shown).as("customers in the grid").isEqualTo(Long.parseLong(population.group(1))).isPositive();
        assertThat(text("segment-ltv")).startsWith("세그먼트 LTV").contains("★");
        assertThat(text("grades")).startsWith("월말 등급 분포");
        assertThat(text("cohorts")).startsWith("첫 주문 월별 코호트 유지율");
        assertThat(text("anniversaries")).contains("주년");
        screenshot("analytics-ko");
    }

    @Test
    void aRepPreviewsAndSavesASegmentFromThePage() throws Exception {
        browser.get(demo.hostEntry("/crm/analytics.html"));
        wait.until(ExpectedConditions.attributeToBe(By.id("analytics"), "aria-busy", "false"));
        WebElement form = browser.findElement(By.cssSelector("[data-testid='segment-form']"));
        form.findElement(By.name("name")).sendKeys("경기 이탈 위험");
        form.findElement(By.name("rules")).sendKeys("region = 경기; R <= 2");
        form.findElement(By.xpath(".//button[text()='미리보기']")).click();
        wait.until(ExpectedConditions.textMatches(By.cssSelector("[data-testid='segment-size']"), Pattern.compile("\\d+명 해당")));
        String size = text("segment-size").replace("명 해당", "");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid='saved-segments'] table"),
                "경기 이탈 위험"));
        assertThat(text("saved-segments")).contains("region = 경기 · recency <= 2").contains(size);
        // saving opens the members: one page of at most 50 rows, key, name, grade, R/F/M, region, owner
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid='segment-members'] h3"),
                "경기 이탈 위험 · " + size + "명 해당"));
        List<WebElement> rows = browser.findElements(By.cssSelector("[data-testid='member-table'] tr[data-member]"));
        assertThat(rows).hasSize((int) Math.min(50, Long.parseLong(size)));
        assertThat(rows.get(0).findElements(By.tagName("td"))).hasSize(6);
        assertThat(rows.get(0).getText()).contains("경기");
        assertThat(text("segment-members")).doesNotContain("010-").doesNotContain("@");
        screenshot("analytics-segment-ko");

        // edit: the rules come back into the form, a wider rule previews more and saving shows the new members
        browser.findElement(By.cssSelector("[data-testid='saved-segments'] tr[data-segment] [data-testid='segment-edit']"))
                .click();
        assertThat(text("segment-editing")).contains("경기 이탈 위험");
        form = browser.findElement(By.cssSelector("[data-testid='segment-form']"));
        WebElement rulesInput = form.findElement(By.name("rules"));
        assertThat(rulesInput.getAttribute("value")).isEqualTo("region = 경기; recency <= 2");
        rulesInput.clear();
        rulesInput.sendKeys("region = 경기; R <= 5");
        browser.findElement(By.cssSelector("[data-testid='segment-preview']")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.cssSelector("[data-testid='segment-size']"), "")));
        String wider = text("segment-size").replace("명 해당", "");
        assertThat(Long.parseLong(wider)).isGreaterThanOrEqualTo(Long.parseLong(size));
        browser.findElement(By.cssSelector("[data-testid='segment-save']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid='segment-members'] h3"),
                "경기 이탈 위험 · " + wider + "명 해당"));
        assertThat(text("saved-segments")).contains("region = 경기 · recency <= 5");

        // the CRM tab of a member shows the segment
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)[^}]*\"name\"\\s*:\\s*\"경기 이탈 위험\"")
                .matcher(demo.get("/api/v1/segments"));
        assertThat(id.find()).isTrue();
        Matcher member = Pattern.compile("\"customerKey\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(demo.get("/api/v1/segments/" + id.group(1) + "/members"));
        assertThat(member.find()).as("the segment has members").isTrue();
        browser.get(demo.base + "/crm/tab.html?customer=" + member.group(1) + "&lang=ko");
        wait.until(ExpectedConditions.attributeToBe(By.id("tab"), "aria-busy", "false"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid='segments']"),
                "경기 이탈 위험"));
        assertThat(text("segments")).startsWith("소속 세그먼트");
    }
}
