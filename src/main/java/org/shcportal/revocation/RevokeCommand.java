package org.shcportal.revocation;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shcportal.audit.Actor;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditLog;
import org.shcportal.crl.RevocationList;
import org.shcportal.crl.Revocations;
import org.shcportal.database.DatabaseAvailability;
import org.shcportal.keys.KeyRing;
import org.shcportal.keys.SigningKey;
import org.shcportal.registry.Person;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * {@code revoke --person ID --before TIME|now}: revokes every card of the person signed before TIME, under every
 * published key ({@code rid.<seconds>} entries, spec, "Revocation"), and records it in the audit. "now" is settled
 * as the help desk settles it ({@link CardReplacement#revokeUntilNow}), so a card issued right after stays valid.
 * Verifiers see it at the next fetch of the revocation lists from any replica; the portal gives the person new cards
 * from then on.
 */
@ApplicationScoped
public class RevokeCommand {

    @Inject
    DatabaseAvailability database;

    @Inject
    Revocations revocations;

    @Inject
    CardReplacement replacement;

    @Inject
    KeyRing keys;

    @Inject
    AuditLog audit;

    /** Runs the command; returns the process exit status. Nothing changes when the person is unknown. */
    public int run(RevokeOptions options) {
        if (!database.schemaCurrent()) {
            System.err.println("The registry database is not available; nothing was revoked.");
            return 1;
        }
        Optional<Long> personId = QuarkusTransaction.requiringNew().call(
                () -> Person.<Person> findByRegistryId(options.registryId()).map(person -> person.id));
        if (personId.isEmpty()) {
            System.err.println("No person with registry id " + options.registryId() + "; nothing was revoked.");
            return 1;
        }
        Instant before = QuarkusTransaction.requiringNew().call(() -> {
            Instant revokedBefore = revoke(options);
            audit.record(AuditAction.CARDS_REVOKED, Actor.system(), personId.get(), revokedBefore.toString());
            return revokedBefore;
        });
        System.out.printf("Revoked the cards of %s issued before %s.%n", options.registryId(), before);
        QuarkusTransaction.requiringNew().run(() -> {
            for (SigningKey key : keys.all()) {
                System.out.printf("Revocation list of key %s: version %d%n", key.kid(),
                        RevocationList.versionOf(key.kid()));
            }
        });
        return 0;
    }

    private Instant revoke(RevokeOptions options) {
        if (options.before().isPresent()) {
            revocations.revokePerson(options.registryId(), options.before());
            return options.before().get();
        }
        Person person = Person.<Person> findByRegistryId(options.registryId()).orElseThrow();
        return Instant.ofEpochSecond(replacement.revokeUntilNow(person));
    }
}
