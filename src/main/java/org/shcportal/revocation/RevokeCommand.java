package org.shcportal.revocation;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Callable;

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
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code revoke --person ID --before TIME|now}: revokes every card of the person signed before TIME, under every
 * published key ({@code rid.<seconds>} entries, spec, "Revocation"), and records it in the audit. "now" is settled
 * as the help desk settles it ({@link CardReplacement#revokeUntilNow}), so a card issued right after stays valid.
 * Verifiers see it at the next fetch of the revocation lists from any replica; the portal gives the person new cards
 * from then on.
 */
@Command(name = "revoke", description = "Revoke the person's cards issued before TIME; new cards are issued from then"
        + " on.", exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
                "0:the cards were revoked",
                "1:an unknown registry id or the database is not available; nothing was revoked",
                "2:usage error: a missing or bad option, or a TIME in the future; nothing was started" })
public class RevokeCommand implements Callable<Integer> {

    @Option(names = "--person", required = true, paramLabel = "ID", description = "The person's registry id.")
    String registryId;

    /** Cards whose {@code nbf} is before this whole second are revoked (spec, "Revocation"); empty for "now". */
    @Option(names = "--before", required = true, paramLabel = "TIME|now", converter = RevokedBefore.class, description = "\"now\", or an ISO-8601 time in the past such as 2026-03-01T12:00:00Z.")
    Optional<Instant> before;

    @Spec
    CommandSpec spec;

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
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!database.schemaCurrent()) {
            err.println("The registry database is not available; nothing was revoked.");
            return 1;
        }
        Optional<Long> personId = QuarkusTransaction.requiringNew().call(
                () -> Person.<Person> findByRegistryId(registryId).map(person -> person.id));
        if (personId.isEmpty()) {
            err.println("No person with registry id " + registryId + "; nothing was revoked.");
            return 1;
        }
        Instant revokedBefore = QuarkusTransaction.requiringNew().call(() -> {
            Instant moment = revoke();
            audit.record(AuditAction.CARDS_REVOKED, Actor.system(), personId.get(), moment.toString());
            return moment;
        });
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Revoked the cards of %s issued before %s.%n", registryId, revokedBefore);
        QuarkusTransaction.requiringNew().run(() -> {
            for (SigningKey key : keys.all()) {
                out.printf("Revocation list of key %s: version %d%n", key.kid(), RevocationList.versionOf(key.kid()));
            }
        });
        return 0;
    }

    private Instant revoke() {
        if (before.isPresent()) {
            revocations.revokePerson(registryId, before);
            return before.get();
        }
        Person person = Person.<Person> findByRegistryId(registryId).orElseThrow();
        return Instant.ofEpochSecond(replacement.revokeUntilNow(person));
    }

    /**
     * Reads {@code --before}: a past time, to the whole second as cards' {@code nbf}, or null for "now", which
     * picocli hands over as an empty Optional and {@link CardReplacement#revokeUntilNow} settles when it revokes.
     */
    static final class RevokedBefore implements ITypeConverter<Instant> {

        static final String NOW = "now";

        @Override
        public Instant convert(String value) {
            if (NOW.equals(value)) {
                return null;
            }
            Instant before;
            try {
                before = Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is neither \"now\" nor a time like"
                        + " 2026-03-01T12:00:00Z");
            }
            if (before.isAfter(Instant.now())) {
                throw new TypeConversionException("'" + value + "' is in the future; cards not issued yet cannot be"
                        + " revoked this way");
            }
            return before.truncatedTo(ChronoUnit.SECONDS);
        }
    }
}
