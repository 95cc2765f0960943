package org.shcportal.feed;

import java.io.IOException;

import org.shcportal.cards.Cvx;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The fields the registry keeps of one FHIR R4 Immunization line of a bulk NDJSON file, read with Jackson's
 * streaming parser instead of a tree of the whole resource: the Immunization file holds about twenty lines per
 * person (docs/operations.md, "load-time"), and building each line's tree was most of the import's CPU. The fields
 * are read as the tree gives them: only a JSON string is text (blank is none, stripped otherwise), the first element
 * of {@code identifier} and {@code performer}, the first coding of the CVX system, and a name given twice keeps its
 * last value. A line that is not JSON throws the parser's exception; a line that is JSON but not an object has no
 * fields ({@link #object} false).
 */
final class ImmunizationLine {

    private static final JsonFactory JSON = new JsonFactory();

    boolean object;
    String resourceType;
    String identifierValue;
    String identifierSystem;
    String assigner;
    String status;
    String cvx;
    String patientReference;
    String occurrenceDateTime;
    String lotNumber;
    String manufacturer;
    String performer;

    /** Reads a line of {@code length} bytes at {@code offset}. */
    static ImmunizationLine read(byte[] bytes, int offset, int length) throws IOException {
        try (JsonParser parser = JSON.createParser(bytes, offset, length)) {
            return read(parser);
        }
    }

    private static ImmunizationLine read(JsonParser parser) throws IOException {
        ImmunizationLine line = new ImmunizationLine();
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return line;
        }
        line.object = true;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "resourceType" -> line.resourceType = text(parser, value);
                case "identifier" -> line.identifier(parser, value);
                case "status" -> line.status = text(parser, value);
                case "vaccineCode" -> line.vaccineCode(parser, value);
                case "patient" -> line.patientReference = field(parser, value, "reference");
                case "occurrenceDateTime" -> line.occurrenceDateTime = text(parser, value);
                case "lotNumber" -> line.lotNumber = text(parser, value);
                case "manufacturer" -> line.manufacturer(parser, value);
                case "performer" -> line.performer(parser, value);
                default -> parser.skipChildren();
            }
        }
        return line;
    }

    private void identifier(JsonParser parser, JsonToken value) throws IOException {
        identifierValue = null;
        identifierSystem = null;
        assigner = null;
        if (first(parser, value)) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken field = parser.nextToken();
                switch (name) {
                    case "value" -> identifierValue = text(parser, field);
                    case "system" -> identifierSystem = text(parser, field);
                    case "assigner" -> assigner = field(parser, field, "display");
                    default -> parser.skipChildren();
                }
            }
            rest(parser);
        }
    }

    /** The code of the first coding of the CVX system; a tree iterates an object's values as its elements. */
    private void vaccineCode(JsonParser parser, JsonToken value) throws IOException {
        cvx = null;
        if (value != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            boolean codings = "coding".equals(parser.currentName());
            JsonToken field = parser.nextToken();
            if (codings) {
                cvx = null;
            }
            if (!codings || field != JsonToken.START_ARRAY && field != JsonToken.START_OBJECT) {
                parser.skipChildren();
                continue;
            }
            boolean found = false;
            for (JsonToken element = next(parser, field); element != JsonToken.END_ARRAY
                    && element != JsonToken.END_OBJECT; element = next(parser, field)) {
                String[] coding = coding(parser, element);
                if (!found && Cvx.SYSTEM.equals(coding[0])) {
                    found = true;
                    cvx = coding[1];
                }
            }
        }
    }

    /** The next element of an array, or the next value of an object. */
    private static JsonToken next(JsonParser parser, JsonToken container) throws IOException {
        JsonToken token = parser.nextToken();
        return container == JsonToken.START_OBJECT && token == JsonToken.FIELD_NAME ? parser.nextToken() : token;
    }

    /** The system and code of a coding. */
    private static String[] coding(JsonParser parser, JsonToken value) throws IOException {
        String[] coding = new String[2];
        if (value != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return coding;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken field = parser.nextToken();
            switch (name) {
                case "system" -> coding[0] = text(parser, field);
                case "code" -> coding[1] = text(parser, field);
                default -> parser.skipChildren();
            }
        }
        return coding;
    }

    private void manufacturer(JsonParser parser, JsonToken value) throws IOException {
        manufacturer = null;
        if (value != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            boolean identifier = "identifier".equals(parser.currentName());
            JsonToken field = parser.nextToken();
            if (identifier) {
                manufacturer = field(parser, field, "value");
            } else {
                parser.skipChildren();
            }
        }
    }

    private void performer(JsonParser parser, JsonToken value) throws IOException {
        performer = null;
        if (first(parser, value)) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                boolean actor = "actor".equals(parser.currentName());
                JsonToken field = parser.nextToken();
                if (actor) {
                    performer = field(parser, field, "display");
                } else {
                    parser.skipChildren();
                }
            }
            rest(parser);
        }
    }

    /**
     * Whether {@code value} is an array whose first element is an object, the parser then inside that object;
     * otherwise the value is skipped.
     */
    private static boolean first(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return false;
        }
        JsonToken element = parser.nextToken();
        if (element == JsonToken.START_OBJECT) {
            return true;
        }
        if (element != JsonToken.END_ARRAY) {
            parser.skipChildren();
            rest(parser);
        }
        return false;
    }

    /** Skips the other elements of an array and its end. */
    private static void rest(JsonParser parser) throws IOException {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            parser.skipChildren();
        }
    }

    /** The text of one field of an object value, the rest of it skipped. */
    private static String field(JsonParser parser, JsonToken value, String wanted) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return null;
        }
        String text = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            boolean match = wanted.equals(parser.currentName());
            JsonToken field = parser.nextToken();
            if (match) {
                text = text(parser, field);
            } else {
                parser.skipChildren();
            }
        }
        return text;
    }

    private static String text(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.VALUE_STRING) {
            parser.skipChildren();
            return null;
        }
        String text = parser.getText();
        return text.isBlank() ? null : text.strip();
    }
}
