package org.shcportal.load;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One resident's browser for load, on {@link java.net.http}: keeps its cookies whichever replica set them (a load
 * balancer without sticky sessions sends each request anywhere), never follows redirects by itself, and sends each form
 * with the CSRF token of the last page that had one. A request that gets no answer (refused, reset) is an empty
 * result, not an exception.
 */
final class ResidentBrowser {

    /** Shared by every browser: one connection pool, as one load generator. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(2)).build();
    /**
     * A browser's patience: far beyond the mean PDF time docs/operations.md alerts on (200 ms), so that a slow answer
     * on a loaded machine counts as an answer, and short enough to end a test.
     */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrfToken;

    /** An answer: its status, headers and body as text. */
    record Answer(int status, HttpResponse<String> response) {
        String body() {
            return response.body();
        }

        Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }
    }

    Optional<Answer> get(String url) {
        return send(request(url).GET());
    }

    /** Posts a form with the CSRF token of the last page that had one. */
    Optional<Answer> post(String url, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (csrfToken != null) {
            fields.put("csrf-token", csrfToken);
        }
        String body = fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(url).header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    private HttpRequest.Builder request(String url) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Accept-Language", "en-US");
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private Optional<Answer> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            remember(response);
            return Optional.of(new Answer(response.statusCode(), response));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private void remember(HttpResponse<String> response) {
        for (String header : response.headers().allValues("set-cookie")) {
            for (HttpCookie cookie : HttpCookie.parse(header)) {
                if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                    cookies.remove(cookie.getName());
                } else {
                    cookies.put(cookie.getName(), cookie.getValue());
                }
            }
        }
        Matcher field = CSRF_FIELD.matcher(response.body());
        if (field.find()) {
            csrfToken = field.group(1);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
