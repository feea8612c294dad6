package org.ourown;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

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
}
