package org.ourown;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each demo role signs in in real Chromium and sees its own navigation. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NavigationBrowserTests {

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

    private void signIn(String email, String password) {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login?lang=en");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        // The click returns before the next page has loaded; wait for it rather than read the sign-in page.
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(driver -> !driver.getCurrentUrl().contains("/login"));
    }

    private List<String> navigation() {
        return browser.findElements(By.cssSelector("header nav a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "network@ourown.test; demo-network-admin; Find support|Warm lines|Our listings|People|Access record|Organizations|Import directory data|My account",
                "admin@riverside.test; demo-org-admin; Find support|Warm lines|Our listings|Members|Erasure requests|Warm line board|Our warm lines|Warm line figures|People|Access record|My account",
                "coordinator@riverside.test; demo-coordinator; Find support|Warm lines|Our listings|Members|Erasure requests|Warm line board|Our warm lines|Warm line figures|My account",
                "peer@riverside.test; demo-peer-support; Find support|Warm lines|Members|Warm line console|Check-in calls|My account",
                "member@riverside.test; demo-member-only; Find support|Warm lines|My record|My account"
            })
    void eachRoleSeesItsNavigation(String email, String password, String expected) {
        signIn(email, password);
        assertThat(browser.getCurrentUrl()).endsWith("/");
        assertThat(navigation()).containsExactly(expected.split("\\|"));
        browser.findElement(By.linkText("My account")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("My account");
    }

    @Test
    void anAdminAddsAPersonWithTheKeyboardAlone() {
        signIn("admin@riverside.test", "demo-org-admin");
        browser.get("http://localhost:" + port + "/admin/staff/new");
        // The first Tab from the top of the page reaches the skip link.
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Skip to main content");

        browser.findElement(By.id("displayName")).sendKeys("Riley Keyboard");
        browser.findElement(By.id("email")).sendKeys("not-an-email");
        browser.findElement(By.id("password")).sendKeys("short");
        browser.findElement(By.id("password")).sendKeys(Keys.ENTER);
        assertThat(browser.findElement(By.cssSelector(".error-summary")).getText())
                .contains("email address like name@example.org", "12 to 200 characters");

        browser.findElement(By.id("email")).clear();
        browser.findElement(By.id("email")).sendKeys("riley-" + System.nanoTime() + "@riverside.test");
        browser.findElement(By.id("password")).sendKeys("a-long-first-password");
        browser.findElement(By.id("password")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(BrowserSupport.textShown(By.tagName("h1"), "Riley Keyboard"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Riley Keyboard");
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .contains("The account is ready");
    }

    @Test
    void theLanguageSwitchTurnsThePageSpanish() {
        browser.get("http://localhost:" + port + "/login?lang=en");
        browser.findElement(By.linkText("Español")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Entrar");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
        browser.get("http://localhost:" + port + "/login?lang=en");
    }
}
