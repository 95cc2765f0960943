package org.shcportal.feed;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The MSH segment of a message, read by hand before any parser sees the message, so that the answer can name the
 * sender and the message even when the rest cannot be parsed (HL7 v2.5.1 chapter 2, MSH; CDC Immunization IG
 * Release 1.5, MSH). Values are the first component of each field.
 *
 * @param sendingApplication MSH-3.1
 * @param sendingFacility MSH-4.1: with the control id, the key of a message
 * @param receivingApplication MSH-5.1
 * @param receivingFacility MSH-6.1
 * @param messageType MSH-9.1, e.g. {@code VXU}
 * @param event MSH-9.2, e.g. {@code V04}
 * @param controlId MSH-10
 * @param processingId MSH-11.1: {@code P}, {@code T} or {@code D}
 * @param version MSH-12.1, e.g. {@code 2.5.1}
 */
record MessageHeader(String sendingApplication, String sendingFacility, String receivingApplication,
        String receivingFacility, String messageType, String event, String controlId, String processingId,
        String version) {

    /** The header of {@code message} (segments ended by CR), or empty when it does not start with an MSH segment. */
    static Optional<MessageHeader> read(String message) {
        // MSH-1 is the field separator itself and MSH-2 the four encoding characters (HL7 v2.5.1 section 2.5.4).
        if (message.length() < 8 || !message.startsWith("MSH")) {
            return Optional.empty();
        }
        char fieldSeparator = message.charAt(3);
        char componentSeparator = message.charAt(4);
        if (Character.isLetterOrDigit(fieldSeparator) || Character.isLetterOrDigit(componentSeparator)) {
            return Optional.empty();
        }
        int end = message.indexOf('\r');
        String segment = end < 0 ? message : message.substring(0, end);
        String[] fields = segment.split(Pattern.quote(String.valueOf(fieldSeparator)), -1);
        Pattern components = Pattern.compile(Pattern.quote(String.valueOf(componentSeparator)));
        return Optional.of(new MessageHeader(first(fields, 3, components), first(fields, 4, components),
                first(fields, 5, components), first(fields, 6, components), first(fields, 9, components),
                component(fields, 9, 2, components), first(fields, 10, components), first(fields, 11, components),
                first(fields, 12, components)));
    }

    /** MSH-{@code field}, component 1; fields[0] is "MSH" and fields[1] MSH-2, so MSH-n is fields[n - 1]. */
    private static String first(String[] fields, int field, Pattern components) {
        return component(fields, field, 1, components);
    }

    private static String component(String[] fields, int field, int component, Pattern components) {
        if (fields.length < field) {
            return "";
        }
        String[] parts = components.split(fields[field - 1], -1);
        return parts.length < component ? "" : parts[component - 1].strip();
    }
}
