package org.ourown.warmline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ourown.BrowserSupport;
import org.ourown.TestTenants;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.warmline.WarmlineFixtures.Line;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A visitor and a peer in two Chromium sessions: the visitor starts a chat with no account, the peer takes it, they
 * write to each other in real time, the visitor's page reconnects without losing or repeating a message, the peer
 * ends the chat and finishes the contact record.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WarmlineBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestTenants tenants;

    @Autowired
    WarmlineFixtures fixtures;

    private ChromeDriver visitor;
    private ChromeDriver peer;

    @BeforeAll
    void openBrowsers() {
        visitor = BrowserSupport.chromium();
        peer = BrowserSupport.chromium();
    }

    @AfterAll
    void closeBrowsers() {
        if (visitor != null) {
            visitor.quit();
        }
        if (peer != null) {
            peer.quit();
        }
    }

    @Test
    void aVisitorAndAPeerChatEndToEndThroughAReconnect() {
        OrganizationId organization = tenants.organization("Browser Warm Line");
        Line line = fixtures.line(organization, true);
        StaffView supporter = tenants.person(organization, Role.PEER);

        visitor.get(url("/warmline/" + line.slug() + "?lang=en"));
        assertThat(main(visitor)).contains("Open now", "988");
        visitor.findElement(By.xpath("//button[normalize-space()='Chat with a peer']"))
                .click();
        waitFor(visitor, "You are number 1 in the queue");
        send(visitor, "Hello, is anyone there?");
        waitForMessage(visitor, "Hello, is anyone there?");

        signIn(supporter);
        peer.get(url("/warmline/console"));
        peer.findElement(By.xpath("//label[normalize-space()='Available']")).click();
        peer.findElement(By.cssSelector("form.presence button[type=submit]")).click();
        waitFor(peer, "You are available");
        peer.findElement(By.xpath("//button[normalize-space()='Take the next visitor']"))
                .click();
        waitForMessage(peer, "Hello, is anyone there?");

        waitFor(visitor, "A peer is with you now.");
        waitForMessage(visitor, "A peer has joined the chat.");
        send(peer, "Hi, I'm here. <b>How</b> are you?");
        waitForMessage(visitor, "Hi, I'm here. <b>How</b> are you?");
        // Both pages talk over their WebSocket, not the fallback.
        assertThat(live(visitor)).isEqualTo("socket");
        assertThat(live(peer)).isEqualTo("socket");

        // A reconnect: the page comes back and resumes from the last message it shows.
        visitor.navigate().refresh();
        send(peer, "Still with you.");
        waitForMessage(visitor, "Still with you.");
        send(visitor, "Thank you, that helped.");
        waitForMessage(peer, "Thank you, that helped.");
        assertThat(count(visitor, "Hi, I'm here. <b>How</b> are you?")).isEqualTo(1);
        assertThat(count(visitor, "Still with you.")).isEqualTo(1);
        assertThat(visitor.findElements(By.tagName("b"))).isEmpty();

        peer.findElement(By.xpath("//button[normalize-space()='End the chat']")).click();
        waitFor(peer, "Contact record");
        waitFor(visitor, "The chat has ended.");
        // The survey is offered without a reload; the visitor answers one question and sends.
        waitFor(visitor, "answer a few short questions");
        visitor.findElement(By.partialLinkText("answer a few short questions")).click();
        waitFor(visitor, "Did you feel heard?");
        visitor.findElement(By.xpath("//label[normalize-space()='Somewhat']")).click();
        visitor.findElement(By.xpath("//button[normalize-space()='Send']")).click();
        waitFor(visitor, "Thank you for your answers.");
        peer.findElement(By.xpath("//label[normalize-space()='Loneliness']")).click();
        peer.findElement(By.xpath("//button[normalize-space()='Finish the record']"))
                .click();
        waitFor(peer, "The contact record is finished.");
    }

    @Test
    void whereWebSocketsFailThePageFallsBackToTheEventStreamAndPosts() {
        OrganizationId organization = tenants.organization("Browser Warm Line Fallback");
        Line line = fixtures.line(organization, true);
        StaffView supporter = tenants.person(organization, Role.PEER);
        // Browsers of their own, so that the other test's pages keep their sockets.
        ChromeDriver behindProxy = BrowserSupport.chromium();
        ChromeDriver colleague = BrowserSupport.chromium();
        try {
            // As behind a proxy that refuses WebSockets: every socket the visitor's pages open fails at once.
            behindProxy.executeCdpCommand(
                    "Page.addScriptToEvaluateOnNewDocument",
                    java.util.Map.of(
                            "source",
                            "window.WebSocket = function () { var s = {readyState: 3};"
                                    + " setTimeout(function () { s.onclose && s.onclose({code: 1006}); }, 10);"
                                    + " return s; };"));
            behindProxy.get(url("/warmline/" + line.slug() + "?lang=en"));
            behindProxy
                    .findElement(By.xpath("//button[normalize-space()='Chat with a peer']"))
                    .click();
            waitFor(behindProxy, "You are number 1 in the queue");
            new WebDriverWait(behindProxy, Duration.ofSeconds(15)).until(b -> "events".equals(live(behindProxy)));

            signIn(colleague, supporter);
            colleague.get(url("/warmline/console"));
            colleague
                    .findElement(By.xpath("//label[normalize-space()='Available']"))
                    .click();
            colleague
                    .findElement(By.cssSelector("form.presence button[type=submit]"))
                    .click();
            waitFor(colleague, "You are available");
            colleague
                    .findElement(By.xpath("//button[normalize-space()='Take the next visitor']"))
                    .click();
            waitFor(behindProxy, "A peer is with you now.");
            send(behindProxy, "Can you hear me without sockets?");
            waitForMessage(colleague, "Can you hear me without sockets?");
            send(colleague, "Yes, clearly.");
            waitForMessage(behindProxy, "Yes, clearly.");
            assertThat(count(behindProxy, "Can you hear me without sockets?")).isEqualTo(1);
            assertThat(live(colleague)).isEqualTo("socket");
            colleague
                    .findElement(By.xpath("//button[normalize-space()='End the chat']"))
                    .click();
            waitFor(behindProxy, "The chat has ended.");
        } finally {
            behindProxy.quit();
            colleague.quit();
        }
    }

    private static String live(ChromeDriver browser) {
        return browser.findElement(By.cssSelector("[data-chat-events]")).getAttribute("data-live");
    }

    private void send(ChromeDriver browser, String text) {
        var box = browser.findElement(By.id("body"));
        box.clear();
        box.sendKeys(text);
        browser.findElement(By.xpath("//form[contains(@class,'chat-form')]//button"))
                .click();
    }

    private void waitFor(ChromeDriver browser, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(BrowserSupport.textShown(By.tagName("main"), text));
    }

    private void waitForMessage(ChromeDriver browser, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(BrowserSupport.notYetIfLeft(b -> count(browser, text) > 0));
    }

    private static long count(ChromeDriver browser, String text) {
        return browser.findElements(By.cssSelector("#messages .body")).stream()
                .filter(e -> e.getText().equals(text))
                .count();
    }

    private void signIn(StaffView person) {
        signIn(peer, person);
    }

    private void signIn(ChromeDriver browser, StaffView person) {
        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("email")).sendKeys(person.email());
        browser.findElement(By.id("password")).sendKeys(TestTenants.PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        // The click returns before the sign-in has answered; going on at once could race its session cookie.
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(driver -> !driver.getCurrentUrl().contains("/login"));
    }

    private static String main(ChromeDriver browser) {
        return browser.findElement(By.tagName("main")).getText();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
