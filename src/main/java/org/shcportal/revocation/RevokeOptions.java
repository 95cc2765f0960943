package org.shcportal.revocation;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The {@code revoke} command line: {@code --person ID --before TIME}, where TIME is an ISO-8601 instant
 * ({@code 2026-03-01T12:00:00Z}) or {@code now}.
 *
 * @param registryId the person whose cards to revoke
 * @param before cards whose {@code nbf} is before this whole second are revoked (spec, "Revocation"); empty for
 *        {@code now}, which {@link CardReplacement#revokeUntilNow} settles when it revokes
 */
public record RevokeOptions(String registryId, Optional<Instant> before) {

    static final String NOW = "now";

    /** Parses the arguments after the command name; a bad argument throws with a message for the operator. */
    public static RevokeOptions parse(String... args) {
        return parse(Instant.now(), args);
    }

    static RevokeOptions parse(Instant now, String... args) {
        String person = null;
        Optional<Instant> before = null;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Option " + args[i] + " needs a value.");
            }
            switch (args[i]) {
                case "--person" -> person = args[i + 1];
                case "--before" -> before = before(args[i + 1], now);
                default -> throw new IllegalArgumentException("Unknown option: " + args[i]);
            }
        }
        if (person == null || before == null) {
            throw new IllegalArgumentException("revoke needs --person <registry id> and --before <time or now>.");
        }
        return new RevokeOptions(person, before);
    }

    /** A past time, to the whole second as cards' {@code nbf}; "now" is left to the moment of revoking. */
    private static Optional<Instant> before(String value, Instant now) {
        if (NOW.equals(value)) {
            return Optional.empty();
        }
        Instant before;
        try {
            before = Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--before must be \"now\" or a time like 2026-03-01T12:00:00Z, not \""
                    + value + "\".");
        }
        if (before.isAfter(now)) {
            throw new IllegalArgumentException("--before " + value + " is in the future; cards not issued yet cannot be"
                    + " revoked this way.");
        }
        return Optional.of(before.truncatedTo(ChronoUnit.SECONDS));
    }
}
