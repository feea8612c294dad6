package org.ourown.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ourown.BrowserSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo member, in real Chromium: writes a wellness plan section, shares it with their peer, reads the peer's note
 * and answers it; the peer then reads the shared section, and the member finds that read in their access log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MembersBrowserTests {

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
    void aMemberWritesAndSharesAPlanSectionReadsTheirPeersNoteAndSeesWhoReadWhat() {
        String trigger = "Loud crowded buses " + System.nanoTime();
        signIn("member@riverside.test", "demo-member-only");

        click("My record");
        click("My wellness plan");
        click("Triggers");
        browser.findElement(By.id("answer-triggers")).sendKeys(trigger);
        browser.findElement(By.id("answer-whatIDo")).sendKeys("Get off a stop early and walk");
        browser.findElement(By.cssSelector("#plan-answers button[type=submit]")).click();
        assertThat(mainOnceItShows(trigger)).contains("Nobody but you.");

        click("Share it, or take a share back");
        browser.findElement(By.xpath("//label[normalize-space()='One person on staff here']"))
                .click();
        new Select(browser.findElement(By.id("person"))).selectByVisibleText("Sam Lee");
        WebElement triggers = browser.findElement(By.xpath("//label[normalize-space()='wellness plan: triggers']"));
        WebElement box = browser.findElement(By.id(triggers.getAttribute("for")));
        if (!box.isSelected()) {
            triggers.click();
        }
        browser.findElement(By.xpath("//button[normalize-space()='Share']")).click();
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .contains("Shared.");
        browser.get(url("/me/plan/triggers"));
        assertThat(mainOnceItShows("Sam Lee")).doesNotContain("Nobody but you.");

        click("My record");
        click("Notes from my peer supporters");
        assertThat(mainOnceItShows("We talked about the walking goal")).contains("Sam Lee");
        WebElement response = browser.findElement(By.cssSelector("main textarea[name=text]"));
        response.sendKeys("Thursdays suit me. Thank you.");
        response.findElement(By.xpath("ancestor::form//button[@type='submit']")).click();
        assertThat(mainOnceItShows("Your response is saved beside the note."))
                .contains("Thursdays suit me. Thank you.");

        signIn("peer@riverside.test", "demo-peer-support");
        click("Members");
        click("Jordan");
        browser.findElement(By.xpath("//button[normalize-space()='Open the record']"))
                .click();
        assertThat(mainOnceItShows(trigger))
                .contains("Get off a stop early and walk", "We talked about the walking goal");

        signIn("member@riverside.test", "demo-member-only");
        browser.get(url("/me"));
        click("Who has read my record");
        assertThat(mainOnceItShows("Sam Lee (peer, Riverside Peer Center) viewed your triggers on"))
                .contains("viewed your notes on")
                .contains("— one-to-one support");
    }

    private void signIn(String email, String password) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(driver -> !driver.getCurrentUrl().contains("/login"));
    }

    private void click(String linkText) {
        browser.findElement(By.linkText(linkText)).click();
    }

    /** The page's main text once it shows this: a click that submits a form returns before the next page loads. */
    private String mainOnceItShows(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(BrowserSupport.textShown(By.tagName("main"), text));
        return browser.findElement(By.tagName("main")).getText();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
