package org.shcportal.issuance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shcportal.cards.CardIssuanceException;
import org.shcportal.cards.CardIssuer;
import org.shcportal.cards.GroupCard;
import org.shcportal.cards.HealthRecord;
import org.shcportal.database.DatabaseAvailability;
import org.shcportal.printouts.CardPrintouts;
import org.shcportal.registry.Person;
import org.shcportal.registry.PersonRecords;
import org.shcportal.web.Language;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * {@code issue --person ID [--person ID …] --out DIR}: writes every card of each person to
 * {@code DIR/<registry id>/<card>/} — file, JWS, QR texts and images, printable PDF — (and {@code <card>-full/} for
 * a history that needed several codes), with the issuer's {@code jwks.json} in DIR so the cards can be checked
 * anywhere.
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

    @Inject
    CardPrintouts printouts;

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
                Person person = QuarkusTransaction.requiringNew()
                        .call(() -> Person.<Person> findByRegistryId(registryId).orElseThrow());
                writeCards(found.get(registryId), person, options.out().resolve(registryId));
            }
            Files.writeString(options.out().resolve("jwks.json"), publishedKeys.jwksJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("Writing to " + options.out() + " failed: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    private void writeCards(HealthRecord record, Person person, Path folder) throws IOException {
        List<GroupCard> cards;
        try {
            cards = issuer.issue(record);
        } catch (CardIssuanceException e) {
            System.out.println(record.subject().personKey() + ": no card (" + e.getMessage() + ")");
            return;
        }
        for (GroupCard card : cards) {
            Path cardFolder = folder.resolve(card.group().slug());
            CardArtifacts.write(card.qr(), cardFolder);
            List<CardPrintouts.PrintedCard> printed = new ArrayList<>(List.of(new CardPrintouts.PrintedCard(person, record,
                    card.qr())));
            if (card.fullHistory().isPresent()) {
                Path fullFolder = folder.resolve(card.group().slug() + "-full");
                CardArtifacts.write(card.fullHistory().get(), fullFolder);
                printed.add(new CardPrintouts.PrintedCard(person, record, card.fullHistory().get()));
                writePdf(List.of(printed.get(1)), fullFolder);
            }
            writePdf(printed, cardFolder);
            System.out.printf("%s: %s card, %d of %d, %d QR code(s)%n", record.subject().personKey(),
                    card.group().slug(), card.qr().shown(), card.qr().total(), card.qr().qrTexts().size());
        }
    }

    private void writePdf(List<CardPrintouts.PrintedCard> printed, Path folder) throws IOException {
        String title = printouts.title(printed.get(0).person(), printed.get(0).card().group(), Language.EN);
        Files.write(folder.resolve("card.pdf"), printouts.pdf(printed, Language.EN, false, title));
    }
}
