package org.shcportal.checking;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.shcportal.cards.HealthCardFile;
import org.shcportal.checking.InputProblem.Field;
import org.shcportal.checking.InputProblem.Kind;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The cards of a {@code .smart-health-card} file, read token by token: the file is an object whose one member,
 * {@code verifiableCredential}, is a list of JWS strings (SMART Health Cards specification, "via File Download",
 * https://spec.smarthealth.cards/#via-file-download). Reading stops at the first token that is not part of that, so
 * whatever else a file holds is never built in memory: only the JWS strings are kept, at most {@value CardInput#MAX_CARDS}
 * different ones.
 */
final class CardFile {

    private static final JsonFactory JSON = new JsonFactory();

    private CardFile() {
    }

    /**
     * The JWS of each card in the file, in order, each once.
     *
     * @throws InputProblem {@code NOT_A_HEALTH_CARD}, or {@code TOO_MANY_CARDS}
     */
    static List<String> jwsList(String json, Field field) throws InputProblem {
        try (JsonParser parser = JSON.createParser(json)) {
            expect(parser.nextToken() == JsonToken.START_OBJECT, field);
            expect(parser.nextToken() == JsonToken.FIELD_NAME
                    && HealthCardFile.CREDENTIALS.equals(parser.currentName()), field);
            expect(parser.nextToken() == JsonToken.START_ARRAY, field);
            Set<String> cards = new LinkedHashSet<>();
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
                String jws = parser.getText();
                expect(CardInput.JWS.matcher(jws).matches(), field);
                cards.add(jws);
                if (cards.size() > CardInput.MAX_CARDS) {
                    throw new InputProblem(field, Kind.TOO_MANY_CARDS);
                }
            }
            expect(token == JsonToken.END_ARRAY && !cards.isEmpty(), field);
            expect(parser.nextToken() == JsonToken.END_OBJECT, field);
            expect(parser.nextToken() == null, field);
            return List.copyOf(cards);
        } catch (IOException e) {
            throw new InputProblem(field, Kind.NOT_A_HEALTH_CARD);
        }
    }

    private static void expect(boolean what, Field field) throws InputProblem {
        if (!what) {
            throw new InputProblem(field, Kind.NOT_A_HEALTH_CARD);
        }
    }
}
