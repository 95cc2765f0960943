package org.shcportal.feed;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The tokens of one JSON value, as much of Jackson's streaming parser as {@link ImmunizationLine} reads: either that
 * parser itself ({@link #of}) or {@link PlainJson}, which reads the plainest lines faster and gives the same tokens.
 */
interface JsonTokens {

    /** The next token; for a name, {@link #currentName} is that name. */
    JsonToken nextToken() throws IOException;

    /** The name of the field the last token names or starts. */
    String currentName() throws IOException;

    /** The text of the last token, a string value. */
    String getText() throws IOException;

    /** After the start of an object or array, skips to its end; otherwise nothing. */
    void skipChildren() throws IOException;

    /** Jackson's parser as tokens. */
    static JsonTokens of(JsonParser parser) {
        return new JsonTokens() {
            @Override
            public JsonToken nextToken() throws IOException {
                return parser.nextToken();
            }

            @Override
            public String currentName() throws IOException {
                return parser.currentName();
            }

            @Override
            public String getText() throws IOException {
                return parser.getText();
            }

            @Override
            public void skipChildren() throws IOException {
                parser.skipChildren();
            }
        };
    }
}
