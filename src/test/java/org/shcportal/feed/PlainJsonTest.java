package org.shcportal.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** The fast reading of plain lines gives Jackson's tokens, and leaves every other line to Jackson. */
class PlainJsonTest {

    private static final String EXPORTED = """
            {"resourceType":"Immunization","id":"imm-1","identifier":[{"value":"IMM-1^NMSIIS","assigner":\
            {"display":"synthetic-generator"}}],"status":"completed","vaccineCode":{"coding":[{"system":\
            "http://hl7.org/fhir/sid/cvx","code":"03"}]},"patient":{"reference":"Patient/NM-1"},\
            "occurrenceDateTime":"1966-11-19","lotNumber":"F78998","manufacturer":{"identifier":{"system":\
            "http://hl7.org/fhir/sid/mvx","value":"MSD"}},"performer":[{"actor":{"display":"Pueblo Health Station"}}]}""";

    @Test
    void aPlainLineGivesJacksonsTokensNamesAndTexts() throws IOException {
        for (String line : List.of(EXPORTED, "{}", " { \"a\" : [ ] , \"b\" : { } , \"a\" : \"x\" }\t",
                "{\"a\":[\"1\",[\"2\",{}],{\"c\":\"  d \"}]} trailing bytes are not read")) {
            assertThat(plain(line)).as(line).isEqualTo(jackson(line));
        }
    }

    @Test
    void skippingAValueSkipsItWholeAsJacksonDoes() throws IOException {
        byte[] bytes = EXPORTED.getBytes(StandardCharsets.UTF_8);
        PlainJson tokens = new PlainJson(bytes, 0, bytes.length);
        List<String> names = new ArrayList<>();
        tokens.nextToken();
        while (tokens.nextToken() == JsonToken.FIELD_NAME) {
            names.add(tokens.currentName());
            tokens.nextToken();
            tokens.skipChildren();
        }
        assertThat(names).containsExactly("resourceType", "id", "identifier", "status", "vaccineCode", "patient",
                "occurrenceDateTime", "lotNumber", "manufacturer", "performer");
    }

    @Test
    void numbersLiteralsEscapesOtherCharactersAndBadSyntaxAreLeftToJackson() {
        for (String line : List.of("{\"a\":1}", "{\"a\":true}", "{\"a\":null}", "{\"a\":\"\\u0041\"}",
                "{\"a\":\"Jos\u00e9\"}", "{\"a\":\"tab\there\"}", "[{}]", "\"text\"", "{\"a\":\"b\",}", "{\"a\" \"b\"}",
                "{\"a\":}", "{\"a\":[}", "{\"a\":\"b\"", "{\"a", "", "\ufeff{}")) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> {
                PlainJson tokens = new PlainJson(bytes, 0, bytes.length);
                tokens.nextToken();
                tokens.skipChildren();
            }).as(line).isInstanceOf(PlainJson.NotPlain.class);
        }
    }

    @Test
    void aDoseReadFromALineJacksonMustReadHasTheSameFields() throws IOException {
        String escaped = EXPORTED.replace("Pueblo Health Station", "Pueblo \\\"East\\\" Station")
                .replace("\"lotNumber\":\"F78998\"", "\"lotNumber\":\"F78998\",\"doseNumber\":2");
        byte[] bytes = escaped.getBytes(StandardCharsets.UTF_8);

        ImmunizationLine line = ImmunizationLine.read(bytes, 0, bytes.length);

        assertThat(line.performer).isEqualTo("Pueblo \"East\" Station");
        assertThat(line.lotNumber).isEqualTo("F78998");
        assertThat(line.cvx).isEqualTo("03");
        assertThat(line.identifierValue).isEqualTo("IMM-1^NMSIIS");
    }

    private static List<String> plain(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        PlainJson tokens = new PlainJson(bytes, 0, bytes.length);
        List<String> seen = new ArrayList<>();
        int depth = 0;
        do {
            JsonToken token = tokens.nextToken();
            depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
            seen.add(describe(token, tokens.currentName(), token == JsonToken.VALUE_STRING ? tokens.getText() : null));
        } while (depth > 0);
        return seen;
    }

    private static List<String> jackson(String line) throws IOException {
        List<String> seen = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(line.getBytes(StandardCharsets.UTF_8))) {
            int depth = 0;
            do {
                JsonToken token = parser.nextToken();
                depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
                seen.add(describe(token, token == JsonToken.FIELD_NAME ? parser.currentName() : null,
                        token == JsonToken.VALUE_STRING ? parser.getText() : null));
            } while (depth > 0);
        }
        return seen;
    }

    private static String describe(JsonToken token, String name, String text) {
        return token + (token == JsonToken.FIELD_NAME ? " " + name : "") + (text == null ? "" : " " + text);
    }
}
