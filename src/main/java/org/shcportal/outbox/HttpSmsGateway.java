package org.shcportal.outbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A provider's HTTP API: a JSON POST of {@code {"from", "to", "body"}} with an optional Bearer token. Any 2xx answer
 * means the provider took the message.
 */
public class HttpSmsGateway implements SmsGateway {

    private final URI url;
    private final Optional<String> token;
    private final String sender;
    private final Duration timeout;
    private final ObjectMapper json;
    private final HttpClient client;

    public HttpSmsGateway(URI url, Optional<String> token, String sender, Duration timeout, ObjectMapper json) {
        this.url = url;
        this.token = token;
        this.sender = sender;
        this.timeout = timeout;
        this.json = json;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public void send(long messageId, String e164Recipient, String body) throws SmsDeliveryException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payload(e164Recipient, body)));
        token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
        int status = post(request.build());
        if (status < 200 || status > 299) {
            throw new SmsDeliveryException("HTTP_" + status, "The SMS gateway answered HTTP " + status);
        }
    }

    private String payload(String to, String body) throws SmsDeliveryException {
        try {
            return json.writeValueAsString(new Payload(sender, to, body));
        } catch (JsonProcessingException e) {
            // Jackson's message may quote the values it was writing.
            throw new SmsDeliveryException("JSON", "The SMS request could not be written");
        }
    }

    private int post(HttpRequest request) throws SmsDeliveryException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (HttpTimeoutException e) {
            throw new SmsDeliveryException("TIMEOUT", "The SMS gateway did not answer within " + timeout, e);
        } catch (IOException e) {
            throw new SmsDeliveryException("UNREACHABLE", "The SMS gateway could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsDeliveryException("INTERRUPTED", "Interrupted while sending an SMS", e);
        }
    }

    /** The request body the gateway expects. */
    record Payload(String from, String to, String body) {
    }
}
