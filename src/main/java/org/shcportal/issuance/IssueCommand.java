package org.shcportal.issuance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shcportal.cards.CardIssuanceException;
import org.shcportal.cards.CardIssuer;
import org.shcportal.cards.HealthRecord;
import org.shcportal.cards.IssuedCard;
import org.shcportal.database.DatabaseAvailability;

/**
 * {@code issue --person <id> [--person …] --out
 *
<dir>
 * }: writes every card of each person to
 * {@code
 *
<dir>
 * /<registry id>/<card>/} (and {@code <card>-full/} for a history that needed several codes), with the
 * issuer's {@code jwks.json} in {@code
 *
<dir>
 * } so the cards can be checked anywhere.
 */
@ApplicationScoped
public class IssueCommand {

    @Inject
    DatabaseAvailability database;

    @Inject
    PersonRecords records;

    @Inject
    CardIssuer issuer;

    @Inject
    PublishedKeys publishedKeys;

    /** Runs the command; returns the process exit status. Nothing is written when a person is unknown. */
    public int run(IssueOptions options) {
        if (!database.schemaCurrent()) {
            System.err.println("The registry database is not available; no card was written.");
            return 1;
        }
        Map<String, HealthRecord> found = new HashMap<>();
        for (String registryId : options.registryIds()) {
            Optional<HealthRecord> record = records.of(registryId);
            if (record.isEmpty()) {
                System.err.println("No person with registry id " + registryId + "; no card was written.");
                return 1;
            }
            found.put(registryId, record.get());
        }
        try {
            for (String registryId : options.registryIds()) {
                writeCards(found.get(registryId), options.out().resolve(registryId));
            }
            Files.writeString(options.out().resolve("jwks.json"), publishedKeys.jwksJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("Writing to " + options.out() + " failed: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    private void writeCards(HealthRecord record, Path folder) throws IOException {
        List<IssuedCard> cards;
        try {
            cards = issuer.issue(record);
        } catch (CardIssuanceException e) {
            System.out.println(record.subject().personKey() + ": no card (" + e.getMessage() + ")");
            return;
        }
        for (IssuedCard card : cards) {
            CardArtifacts.write(card.qr(), folder.resolve(card.group().slug()));
            if (card.fullHistory().isPresent()) {
                CardArtifacts.write(card.fullHistory().get(), folder.resolve(card.group().slug() + "-full"));
            }
            System.out.printf("%s: %s card, %d of %d, %d QR code(s)%n", record.subject().personKey(),
                    card.group().slug(), card.qr().shown(), card.qr().total(), card.qr().qrTexts().size());
        }
    }

}
