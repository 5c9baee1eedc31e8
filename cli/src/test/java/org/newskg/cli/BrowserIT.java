package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.loader.Neo4jTarget;
import org.newskg.loader.TargetSettings;
import org.newskg.report.ExampleGraph;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Neo4j Browser in Debian's headless Chromium against {@code kg browse}: it connects without a password,
 * opens the reports guide, runs a saved report from it and shows people's names. Screenshots go to
 * target/browser-*.png. Skips when chromium or chromedriver is not installed (never downloads a browser).
 */
class BrowserIT {

    private static final Path CHROMIUM = Path.of(System.getProperty("kg.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("kg.chromedriver", "/usr/bin/chromedriver"));
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private static RunningBrowse browse;
    private static WebDriver browser;
    private static Path userDataDir;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER + ")");
        browse = RunningBrowse.start();
        try (Neo4jTarget t = Neo4jTarget.open(TargetSettings.embedded(browse.dir, 0), note -> { })) {
            ExampleGraph.loadHandMade(t);
        }
        userDataDir = Files.createTempDirectory("kg-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1600,1000", "--user-data-dir=" + userDataDir);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1600, 1000));
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (browse != null) {
                browse.close();
            }
            if (userDataDir != null) {
                FileUtils.deleteDirectory(userDataDir.toFile());
            }
        }
    }

    @Test
    void runsASavedReportFromTheGuideAndShowsNames() throws Exception {
        browser.get(browse.url);
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        // connected without a password, then the post-connect commands opened the reports guide
        WebElement report = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("pre.runnable[data-report='who-criticised-whom']")));
        screenshot("browser-guide");
        report.click();
        runEditor();
        wait.until(d -> pageText(d).contains("Stella Creasy") && pageText(d).contains("Ken Livingstone"));
        assertThat(pageText(browser)).contains("Stella Creasy").contains("Ken Livingstone")
                .contains("Labour MP Stella Creasy slammed Mr Livingstone");
        screenshot("browser-report");
    }

    @Test
    void drawsTheGraphWithNamesAsCaptions() throws Exception {
        browser.get(browse.url);
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        WebElement report = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("pre.runnable[data-report='network']")));
        report.click();
        runEditor();
        // the graph view draws each node with its caption from the kg style: a person's name
        wait.until(d -> captions(d).contains("Stella Creasy"));
        List<String> captions = captions(browser);
        assertThat(captions).contains("Stella Creasy", "Ken Livingstone", "Labour Party");
        screenshot("browser-graph");
    }

    private static void runEditor() {
        WebElement editor = browser.findElement(By.cssSelector("#monaco-main-editor textarea, .monaco-editor textarea"));
        new Actions(browser).click(editor).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
    }

    private static String pageText(WebDriver d) {
        return d.findElement(By.tagName("body")).getText();
    }

    /** The caption of every node drawn, its lines joined by spaces ("Ken Livingstone" may take two lines). */
    private static List<String> captions(WebDriver d) {
        return d.findElements(By.cssSelector("svg g.node")).stream()
                .map(node -> String.join(" ", node.findElements(By.tagName("text")).stream()
                        .map(WebElement::getText).filter(s -> !s.isBlank()).toList()))
                .filter(s -> !s.isBlank()).toList();
    }

    private static void screenshot(String name) throws Exception {
        File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(png.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
