package org.shcportal.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.Startup;

/** Makes the SMS gateway that {@code portal.sms.gateway} names; a production setup missing a setting fails at start. */
@ApplicationScoped
public class SmsGateways {

    @Produces
    @ApplicationScoped
    @Startup
    SmsGateway gateway(SmsConfig config, ObjectMapper json) {
        return switch (config.gateway()) {
            case LOG -> new LoggingSmsGateway();
            case HTTP -> http(config.http(), json);
        };
    }

    private static HttpSmsGateway http(SmsConfig.Http http, ObjectMapper json) {
        return new HttpSmsGateway(
                http.url().orElseThrow(() -> missing("url")),
                http.token(),
                http.sender().orElseThrow(() -> missing("sender")),
                http.timeout(),
                json);
    }

    private static IllegalStateException missing(String key) {
        return new IllegalStateException("portal.sms.gateway=http needs portal.sms.http." + key);
    }
}
