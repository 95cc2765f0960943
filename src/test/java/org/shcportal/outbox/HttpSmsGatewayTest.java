package org.shcportal.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

class HttpSmsGatewayTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PHONE = "+15055550123";

    private HttpServer server;
    private volatile int status = 202;
    private volatile Duration delay = Duration.ZERO;
    private final AtomicReference<String> method = new AtomicReference<>();
    private final AtomicReference<Headers> headers = new AtomicReference<>();
    private final AtomicReference<String> body = new AtomicReference<>();

    @BeforeEach
    void startProvider() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/messages", exchange -> {
            method.set(exchange.getRequestMethod());
            headers.set(exchange.getRequestHeaders());
            try (InputStream in = exchange.getRequestBody()) {
                body.set(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            pause();
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopProvider() {
        server.stop(0);
    }

    @Test
    void postsTheMessageAsJsonWithTheBearerToken() throws Exception {
        gateway(Optional.of("s3cret"), Duration.ofSeconds(5)).send(7, PHONE, "Your code is 123456.\nÑandú");

        assertThat(method.get()).isEqualTo("POST");
        assertThat(headers.get().getFirst("Authorization")).isEqualTo("Bearer s3cret");
        assertThat(headers.get().getFirst("Content-Type")).isEqualTo("application/json");
        JsonNode sent = JSON.readTree(body.get());
        assertThat(sent.get("from").asText()).isEqualTo("+15055550100");
        assertThat(sent.get("to").asText()).isEqualTo(PHONE);
        assertThat(sent.get("body").asText()).isEqualTo("Your code is 123456.\nÑandú");
        assertThat(sent.size()).isEqualTo(3);
    }

    @Test
    void sendsNoAuthorizationWithoutAToken() throws Exception {
        gateway(Optional.empty(), Duration.ofSeconds(5)).send(7, PHONE, "Text");

        assertThat(headers.get().containsKey("Authorization")).isFalse();
    }

    @Test
    void anAnswerOtherThan2xxIsAFailureNamingOnlyTheStatus() {
        status = 503;

        assertThatThrownBy(() -> gateway(Optional.empty(), Duration.ofSeconds(5)).send(7, PHONE, "Code 918273"))
                .isInstanceOfSatisfying(SmsDeliveryException.class, e -> {
                    assertThat(e.code()).isEqualTo("HTTP_503");
                    assertThat(e.getMessage()).contains("503").doesNotContain(PHONE).doesNotContain("918273");
                });
    }

    @Test
    void aSlowGatewayTimesOut() {
        delay = Duration.ofSeconds(2);

        assertThatThrownBy(() -> gateway(Optional.empty(), Duration.ofMillis(300)).send(7, PHONE, "Text"))
                .isInstanceOfSatisfying(SmsDeliveryException.class, e -> assertThat(e.code()).isEqualTo("TIMEOUT"));
    }

    @Test
    void anUnreachableGatewayIsAFailure() {
        int port = server.getAddress().getPort();
        server.stop(0);
        HttpSmsGateway gateway = new HttpSmsGateway(URI.create("http://127.0.0.1:" + port + "/messages"),
                Optional.empty(), "+15055550100", Duration.ofSeconds(2), JSON);

        assertThatThrownBy(() -> gateway.send(7, PHONE, "Text"))
                .isInstanceOfSatisfying(SmsDeliveryException.class,
                        e -> assertThat(e.code()).isEqualTo("UNREACHABLE"));
    }

    private HttpSmsGateway gateway(Optional<String> token, Duration timeout) {
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/messages");
        return new HttpSmsGateway(url, token, "+15055550100", timeout, JSON);
    }

    private void pause() {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
