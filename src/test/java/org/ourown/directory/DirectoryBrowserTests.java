package org.ourown.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ourown.BrowserSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A visitor finds support in real Chromium: results follow the filters, and a result opens its page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryBrowserTests {

    @LocalServerPort
    int port;

    private ChromeDriver browser;

    @BeforeAll
    void openBrowser() {
        browser = BrowserSupport.chromium();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void resultsFollowTheFiltersWithoutReloadingThePage() {
        browser.get("http://localhost:" + port + "/directory?lang=en");
        // A marker on the page: if the page reloaded, it would be gone.
        browser.executeScript("document.body.dataset.marker = 'still here'");
        browser.findElement(By.id("near")).sendKeys("Ithaca, NY");
        new Select(browser.findElement(By.id("kind"))).selectByVisibleText("Drop-in or recovery center");

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(BrowserSupport.textShown(By.id("results"), "near Ithaca, NY"));
        String results = browser.findElement(By.id("results")).getText();
        assertThat(results).contains("Riverside Drop-In Center").doesNotContain("Capital Clubhouse Drop-In");
        assertThat(browser.executeScript("return document.body.dataset.marker")).isEqualTo("still here");
        assertThat(browser.getCurrentUrl()).contains("kind=drop-in").contains("near=Ithaca");

        browser.findElement(By.linkText("Riverside Drop-In Center")).sendKeys(Keys.ENTER);
        wait.until(BrowserSupport.textShown(By.tagName("h1"), "Riverside Drop-In Center"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Peer-run", "Monday", "Call");
    }

    @Test
    void withoutJavaScriptTheFormStillSearches() {
        browser.get("http://localhost:" + port + "/directory?lang=en&q=drop-in&peer=on&near=Albany,%20NY&radius=5");
        // Albany's only drop-in belongs to a peer-operated hybrid, so "peer-run only" leaves nothing, and says so.
        assertThat(browser.findElement(By.id("results")).getText())
                .contains("No programs found near Albany, NY", "Nothing matches all of that")
                .doesNotContain("Capital Clubhouse Drop-In");
        browser.get("http://localhost:" + port + "/directory?lang=en&q=drop-in&near=Albany,%20NY&radius=5");
        assertThat(browser.findElement(By.id("results")).getText()).contains("Capital Clubhouse Drop-In");
    }
}
