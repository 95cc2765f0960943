package org.shcportal.healthlinks;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.shcportal.healthlinks.LinkRequestException.Problem;

/** The limits a link request must keep, checked before anything is stored. */
final class LinkRules {

    /** The payload's {@code label}: "string, max 80 chars" (SHL, "Construct a SMART Health Link Payload"). */
    static final int MAX_LABEL_LENGTH = 80;
    /** The product's choice: shorter passcodes are guessed within the attempt limit too often. */
    static final int MIN_PASSCODE_LENGTH = 6;
    /** The product's choice, well inside bcrypt's 72-byte input for ASCII passcodes. */
    static final int MAX_PASSCODE_LENGTH = 64;
    /** bcrypt reads at most 72 bytes of a password (Provos and Mazières, "A Future-Adaptable Password Scheme"). */
    static final int MAX_PASSCODE_BYTES = 72;

    private LinkRules() {
    }

    /** The label as stored: trimmed, 1 to 80 characters, no control characters. */
    static String label(String label) {
        String trimmed = label == null ? "" : label.strip();
        if (trimmed.isEmpty()) {
            throw new LinkRequestException(Problem.LABEL_MISSING);
        }
        if (trimmed.codePoints().anyMatch(Character::isISOControl)) {
            throw new LinkRequestException(Problem.LABEL_INVALID);
        }
        if (trimmed.length() > MAX_LABEL_LENGTH) {
            throw new LinkRequestException(Problem.LABEL_TOO_LONG);
        }
        return trimmed;
    }

    /** The passcode as given, when it is one; empty when none was given (or only blanks). */
    static Optional<String> passcode(Optional<String> passcode) {
        Optional<String> given = passcode.filter(code -> !code.isBlank());
        given.ifPresent(code -> {
            if (code.length() < MIN_PASSCODE_LENGTH) {
                throw new LinkRequestException(Problem.PASSCODE_TOO_SHORT);
            }
            if (tooLong(code)) {
                throw new LinkRequestException(Problem.PASSCODE_TOO_LONG);
            }
        });
        return given;
    }

    /** Longer than any passcode a link can have: such a passcode is refused unread, never hashed. */
    static boolean tooLong(String passcode) {
        return passcode.length() > MAX_PASSCODE_LENGTH
                || passcode.getBytes(StandardCharsets.UTF_8).length > MAX_PASSCODE_BYTES;
    }
}
