package org.shcportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.OpenedRecords;
import org.shcportal.fixtures.TestSessions;

import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Requests the portal cannot read, sent by clients that are not its pages: answered with the portal's own 4xx page,
 * never a server error.
 */
@QuarkusTest
class BadInputTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final List<String> COOKIES = List.of("csrf-token", TestSessions.COOKIE, OpenedRecords.STAFF_COOKIE,
            "__Host-sign-in");

    /** A browser's cookies and the CSRF token of its pages. */
    private record Session(Browser browser, String csrfToken) {

        static Session of(Browser browser, String page) {
            Matcher field = CSRF_FIELD.matcher(browser.get(page).asString());
            return new Session(browser, field.find() ? field.group(1) : null);
        }

        String cookieHeader() {
            return COOKIES.stream().filter(name -> browser.cookie(name) != null)
                    .map(name -> name + "=" + browser.cookie(name)).collect(Collectors.joining("; "));
        }
    }

    @Test
    void anUnknownCharsetIsAnswered415InTheVisitorsLanguage() throws Exception {
        Session helpDesk = Session.of(new Browser(), "/helpdesk/sign-in");
        byte[] form = ("username=a%20b&password=c&csrf-token=" + helpDesk.csrfToken()).getBytes(StandardCharsets.US_ASCII);

        HttpResponse<String> english = send("POST", "/helpdesk/sign-in", helpDesk.cookieHeader(),
                "application/x-www-form-urlencoded; charset=ebcdic-xx", form);
        HttpResponse<String> spanish = send("POST", "/helpdesk/sign-in", helpDesk.cookieHeader() + "; lang=es",
                "application/x-www-form-urlencoded; charset=ebcdic-xx", form);
        HttpResponse<String> multipart = send("POST", "/check", "", "multipart/form-data; boundary=B; charset=ebcdic-xx",
                (part("text", "shc:/0") + "--B--\r\n").getBytes(StandardCharsets.US_ASCII));

        assertThat(english.statusCode()).isEqualTo(415);
        assertThat(english.body()).contains(messages().error_unsupported_title());
        assertThat(spanish.statusCode()).isEqualTo(415);
        assertThat(spanish.body()).contains("No pudimos leer el formulario");
        assertThat(multipart.statusCode()).isEqualTo(415);
        assertThat(multipart.body()).contains(messages().error_unsupported_title());
    }

    @Test
    void aMultipartBodyThatCannotBeReadIsAnswered400() throws Exception {
        String unterminated = "--B\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nshc:/0";
        String badPartHeaders = "--B\r\nContent-Disposition form-data\r\n\r\nshc:/0\r\n--B--\r\n";
        String noPartAtAll = "not multipart";

        for (String body : List.of(unterminated, badPartHeaders, noPartAtAll)) {
            HttpResponse<String> answer = send("POST", "/check", "", "multipart/form-data; boundary=B",
                    body.getBytes(StandardCharsets.US_ASCII));
            assertThat(answer.statusCode()).as(body).isEqualTo(400);
            assertThat(answer.body()).as(body).contains(messages().error_badrequest_title());
        }
    }

    /** Quarkus's {@code quarkus.http.limits.max-parameters} (1000) counts a form's fields. */
    @Test
    void aFormWithMoreFieldsThanTheLimitIsAnswered413() throws Exception {
        Session helpDesk = Session.of(new Browser(), "/helpdesk/sign-in");
        StringBuilder form = new StringBuilder("username=a&password=b&csrf-token=" + helpDesk.csrfToken());
        for (int i = 0; i < 1000; i++) {
            form.append("&f").append(i).append('=');
        }

        HttpResponse<String> answer = send("POST", "/helpdesk/sign-in", helpDesk.cookieHeader(),
                "application/x-www-form-urlencoded", form.toString().getBytes(StandardCharsets.US_ASCII));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains(messages().error_toolarge_title());
    }

    // ---- sending

    private static HttpResponse<String> send(String method, String target, String cookies, String contentType,
            byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + target))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A part of a multipart body with the boundary "B" (RFC 7578 § 4.1), without the closing delimiter. */
    private static String part(String name, String value) {
        return partHead(name) + value + "\r\n";
    }

    private static String partHead(String name) {
        return "--B\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n";
    }

    private static PageMessages messages() {
        return MessageBundles.get(PageMessages.class);
    }
}
