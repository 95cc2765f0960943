package org.shcportal.checking;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shcportal.cards.CardVerifier;
import org.shcportal.cards.IssuerSettings;
import org.shcportal.keys.KeyRing;

/**
 * Checks one card the way a verifier would, with what we have: our own keys and revocation lists. Another issuer's
 * card is only opened and read, never checked: that would mean fetching its keys, and this page fetches nothing.
 */
@ApplicationScoped
class CardChecks {

    @Inject
    CardVerifier verifier;

    @Inject
    KeyRing keys;

    @Inject
    IssuerSettings settings;

    @Inject
    Clock clock;

    /** The result for one card; empty when it is not a card at all and says it is not ours. */
    Optional<Checked> check(String jws) {
        Optional<CardPayload> payload = CardPayload.open(jws);
        if (payload.isEmpty()) {
            return Optional.empty();
        }
        Optional<CardFacts> facts = payload.get().claims().flatMap(CardFacts::of);
        String iss = facts.map(CardFacts::iss).orElse("");
        String kid = payload.get().kid();
        boolean ours = settings.iss().equals(iss) || (kid != null && keys.byKid(kid).isPresent());
        if (!ours) {
            return facts.map(read -> new Checked(Verdict.OTHER_ISSUER, iss, true, facts));
        }
        CardVerifier.Verification verification = verifier.verify(jws, clock.instant());
        Verdict verdict = verification.valid() ? Verdict.VALID : Verdict.ofRejection(verification.reason());
        return Optional.of(new Checked(verdict, iss.isEmpty() ? settings.iss() : iss, false, facts));
    }

    /**
     * One card's result.
     *
     * @param iss the issuer the card names (ours when it names none but our key signed it)
     * @param foreign whether the card is another issuer's
     * @param facts what it says, when that can be read
     */
    record Checked(Verdict verdict, String iss, boolean foreign, Optional<CardFacts> facts) {
    }
}
