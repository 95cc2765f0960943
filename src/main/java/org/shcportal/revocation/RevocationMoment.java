package org.shcportal.revocation;

import java.time.Instant;
import java.util.Optional;

/**
 * When a revocation takes effect. A CRL entry {@code rid.<t>} revokes the cards whose {@code nbf} is before second
 * t (spec, "Revocation"), and a card's {@code nbf} is the second it was issued in. So t is the current second:
 * the new cards, issued right after in the same second or later, have {@code nbf >= t} and stay valid. A card issued
 * earlier in that same second would stay valid too; when the person has one, the revocation waits for the next
 * second, so that every card issued before it is revoked.
 */
final class RevocationMoment {

    private RevocationMoment() {
    }

    /**
     * The instant to wait for before revoking: {@code now}, or the start of the second after the newest card's when
     * that card was issued in the current second (or, on a replica whose clock is ahead, later).
     */
    static Instant waitUntil(Instant now, Optional<Instant> newestCardIssuedAt) {
        return newestCardIssuedAt.filter(issued -> issued.getEpochSecond() >= now.getEpochSecond())
                .map(issued -> Instant.ofEpochSecond(issued.getEpochSecond() + 1))
                .orElse(now);
    }

    /** The CRL entry's time: the second of {@code moment}. */
    static long revokedBefore(Instant moment) {
        return moment.getEpochSecond();
    }
}
