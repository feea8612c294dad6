package org.ourown.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ourown.HttpBrowser;
import org.ourown.OurOwnApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

/** The app as a person's browser meets it: real HTTP, real error pages, real weight, two instances. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RunningAppTests {

    @LocalServerPort
    int port;

    private String base() {
        return "http://localhost:" + port;
    }

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Test
    void requestsAreNotTimedWhileNoMetricsAreExported() throws Exception {
        // only health is exposed, so timing every request (an eighth of a directory search's CPU) is for no one
        HttpResponse<String> response = new HttpBrowser().get(base() + "/directory?q=respite");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(meters.find("http.server.requests").meters()).isEmpty();
    }

    @Autowired
    org.springframework.boot.web.server.context.WebServerApplicationContext server;

    @Test
    void aTwentyListingAnswerFitsTheSocketWriteBuffer() throws Exception {
        // what goes to the socket in one write is not visible from here (the reader's kernel joins the pieces): the
        // buffer's size is, and an answer of 20 listings fitting it. With Tomcat's 8 KiB such an answer (about 24 KiB)
        // left in three writes, each waking the client (bench/directory/README.md)
        org.apache.catalina.connector.Connector connector = ((org.springframework.boot.tomcat.TomcatWebServer)
                        server.getWebServer())
                .getTomcat()
                .getConnector();
        assertThat(String.valueOf(connector.getProperty("socket.appWriteBufSize")))
                .isEqualTo("32768");
        HttpResponse<String> twenty = new HttpBrowser().get(base() + "/api/hsds/service_at_locations?per_page=20");
        assertThat(twenty.statusCode()).isEqualTo(200);
        assertThat(twenty.body().length()).isBetween(8 * 1024, 32 * 1024);
    }

    @Test
    void anUnknownPageIsAFriendlyPage() throws Exception {
        HttpBrowser browser = new HttpBrowser();
        browser.signIn(base(), "peer@riverside.test", "demo-peer-support");
        HttpResponse<String> response = browser.get(base() + "/no-such-page");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains("Page not found", "<main id=\"main\"")
                .doesNotContain("Exception");
    }

    @Test
    void aFailureShowsAnApologyAndNothingOfTheInside() throws Exception {
        HttpResponse<String> response = new HttpBrowser().get(base() + "/test-only/fail");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body())
                .contains("Something went wrong on our side", "Nothing was saved")
                .doesNotContain("secret internal detail", "IllegalStateException", "at org.");
    }

    @Test
    void anApiFailureIsAProblemWithNothingOfTheInside() throws Exception {
        String basic = Base64.getEncoder().encodeToString("admin@riverside.test:demo-org-admin".getBytes());
        HttpResponse<String> response = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(base() + "/api/test-only/fail"))
                                .header("Authorization", "Basic " + basic)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":500").doesNotContain("secret internal detail", "Exception");
    }

    @Test
    void anUnknownApiPathIsAProblem() throws Exception {
        String basic = Base64.getEncoder().encodeToString("admin@riverside.test:demo-org-admin".getBytes());
        HttpResponse<String> response = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(base() + "/api/no-such-thing"))
                                .header("Authorization", "Basic " + basic)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    /** A page without images, with everything it loads, stays under 100 KB on the wire. */
    @Test
    void pagesAreLightEnoughForAnOldPhone() throws Exception {
        HttpBrowser browser = new HttpBrowser();
        for (String page : List.of("/", "/login", "/directory?near=14850&radius=100")) {
            HttpResponse<byte[]> html = browser.getCompressed(base() + page);
            long total = html.body().length;
            String text = new String(new HttpBrowser().get(base() + page).body());
            Matcher assets = Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars)/[^\"]+)\"")
                    .matcher(text);
            int count = 0;
            while (assets.find()) {
                HttpResponse<byte[]> asset = browser.getCompressed(base() + assets.group(1));
                assertThat(asset.statusCode()).isEqualTo(200);
                total += asset.body().length;
                count++;
            }
            assertThat(count).as("stylesheet and scripts on " + page).isBetween(3, 4);
            assertThat(text)
                    .as("static files are named by their content, so they can be cached for a week")
                    .containsPattern("href=\"/css/app-[0-9a-f]{32}\\.css\"");
            assertThat(total).as("bytes transferred for " + page).isLessThan(100 * 1024);
        }
    }

    /**
     * Reading public pages leaves nothing behind: no session, so no session cookie (a session is a row in PostgreSQL
     * and its cookie goes out when it is made; a page's CSRF token made one for every visitor, and every page a crawler
     * fetched wrote a row). Signed in, the pages still carry the token their scripts post with.
     */
    @Test
    void readingPublicPagesMakesNoSession() throws Exception {
        HttpBrowser visitor = new HttpBrowser();
        String directory = visitor.get(base() + "/directory?q=respite").body();
        Matcher listing =
                Pattern.compile("href=\"(/directory/services/[0-9a-f-]{36})\"").matcher(directory);
        assertThat(listing.find()).as("a listing linked from the directory").isTrue();
        for (String page : List.of(
                "/",
                "/directory?q=respite",
                listing.group(1),
                "/warmline",
                "/directory/services/" + UUID.randomUUID())) {
            HttpResponse<String> response = visitor.get(base() + page);
            assertThat(response.statusCode()).as(page).isIn(200, 404);
            assertThat(response.headers().allValues("Set-Cookie"))
                    .as("cookies set by " + page)
                    .noneMatch(cookie -> cookie.startsWith("SESSION="));
            assertThat(response.body()).as(page).doesNotContain("name=\"_csrf\"");
        }
        assertThat(visitor.cookies().getCookieStore().getCookies())
                .noneMatch(cookie -> cookie.getName().equals("SESSION"));

        HttpBrowser peer = new HttpBrowser();
        peer.signIn(base(), "peer@riverside.test", "demo-peer-support");
        assertThat(peer.get(base() + "/directory?q=respite").body())
                .containsPattern("<meta name=\"_csrf\" content=\"[^\"]+\">")
                .contains("<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\">");
    }

    /** Sessions live in PostgreSQL: a person signed in on one instance is signed in on another. */
    @Test
    void twoInstancesShareSignIns() throws Exception {
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(OurOwnApplication.class)
                .properties("server.port=0")
                .run()) {
            String secondBase = "http://localhost:" + second.getEnvironment().getProperty("local.server.port");
            HttpBrowser browser = new HttpBrowser();
            assertThat(browser.signIn(base(), "peer@riverside.test", "demo-peer-support"))
                    .endsWith("/");
            // The same cookie, sent to the other instance (as a load balancer would).
            var cookie = browser.cookies().getCookieStore().get(URI.create(base())).stream()
                    .filter(c -> c.getName().equals("SESSION"))
                    .findFirst()
                    .orElseThrow();
            HttpResponse<String> account = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create(secondBase + "/account"))
                                    .header("Cookie", "SESSION=" + cookie.getValue())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(account.statusCode()).isEqualTo(200);
            assertThat(account.body()).contains("Sam Lee");
        }
    }
}
