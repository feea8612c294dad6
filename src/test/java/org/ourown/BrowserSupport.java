package org.ourown;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;

/**
 * Debian's Chromium, headless, as CI installs it ({@code apt-get install chromium chromium-driver}). Browser tests
 * fail with this message, rather than skip, when it is missing: a silent skip would hide a broken page.
 */
public final class BrowserSupport {

    private BrowserSupport() {}

    public static ChromeDriver chromium() {
        Path binary = Path.of(System.getProperty("ourown.chromium", "/usr/bin/chromium"));
        Path driver = Path.of(System.getProperty("ourown.chromedriver", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(binary) || !Files.isExecutable(driver)) {
            throw new IllegalStateException("Browser tests need Debian's Chromium: apt-get install -y chromium"
                    + " chromium-driver (or set -Dourown.chromium and -Dourown.chromedriver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-dev-shm-usage",
                "--window-size=1200,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
        return chrome;
    }

    /**
     * For a wait: whether the element the locator finds shows the text yet. An element read while the page is
     * re-rendered may have just left it; Selenium reports that as a stale element, and Chrome sometimes as an inspector
     * error, "Node with given id does not belong to the document" (SeleniumHQ/selenium#15401), which Selenium's own
     * {@code textToBePresentInElementLocated} does not catch and which failed the warm line's chat test once in CI.
     * Both mean "not yet".
     */
    public static ExpectedCondition<Boolean> textShown(By locator, String text) {
        return notYetIfLeft(browser -> browser.findElement(locator).getText().contains(text));
    }

    /** The condition, read as "not yet" when what it reads has just left the page ({@link #leftThePage}). */
    public static ExpectedCondition<Boolean> notYetIfLeft(ExpectedCondition<Boolean> condition) {
        return browser -> {
            try {
                return condition.apply(browser);
            } catch (WebDriverException e) {
                if (leftThePage(e)) {
                    return false;
                }
                throw e;
            }
        };
    }

    /** Whether the exception says the element has left the page, in either of the ways Chrome says it. */
    private static boolean leftThePage(WebDriverException e) {
        return e instanceof StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }
}
