package org.shcportal.feed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.v251.message.ACK;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;

/**
 * Test messages from {@code src/test/resources/feed/}, shaped as the CDC Immunization IG Release 1.5 examples, with
 * their placeholders ({@code {CONTROL}}, {@code {PERSON}}, {@code {DOSE}}, ...) filled in; and ACKs read back with HAPI.
 */
final class FeedMessages {

    private FeedMessages() {
    }

    /** A value no other test run uses, for control ids, registry ids and dose ids. */
    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String load(String name, Map<String, String> values) {
        try (InputStream in = FeedMessages.class.getResourceAsStream("/feed/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> value : values.entrySet()) {
                text = text.replace("{" + value.getKey() + "}", value.getValue());
            }
            return text;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ACK parsed as HAPI reads a v2.5.1 ACK: fails the test when it is not well formed. */
    static ACK parse(String ack) throws HL7Exception {
        try (HapiContext context = new DefaultHapiContext()) {
            context.setValidationContext(ValidationContextFactory.noValidation());
            return (ACK) context.getPipeParser().parse(ack);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
