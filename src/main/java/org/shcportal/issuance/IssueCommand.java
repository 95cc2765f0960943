package org.shcportal.issuance;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.shcportal.cards.GroupCard;
import org.shcportal.cards.HealthRecord;
import org.shcportal.database.DatabaseAvailability;
import org.shcportal.printouts.CardPrintouts;
import org.shcportal.registry.Person;
import org.shcportal.web.Language;

import io.quarkus.narayana.jta.QuarkusTransaction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code issue --person ID [--person ID …] --out DIR}: writes every card of each person to
 * {@code DIR/<registry id>/<card>/} — file, JWS, QR texts and images, printable PDF — (and {@code <card>-full/} for
 * a history that needed several codes), with the issuer's {@code jwks.json} in DIR so the cards can be checked
 * anywhere. The cards come from {@link IssuanceService}, as in the portal: recorded, given out again while valid,
 * revocable like any other.
 */
@Command(name = "issue", description = "Write each person's cards (file, JWS, QR texts and PNGs, PDF) and the"
        + " issuer's keys (jwks.json) to DIR.", exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
                "0:the cards were written",
                "1:an unknown registry id (nothing was written), the database is not available, or writing failed",
                "2:usage error: a missing or bad option; nothing was started" })
public class IssueCommand implements Callable<Integer> {

    @Option(names = "--person", required = true, paramLabel = "ID", description = "The registry id of a person whose cards to write; repeat it for more persons.")
    List<String> registryIds;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into.")
    Path out;

    @Spec
    CommandSpec spec;

    @Inject
    DatabaseAvailability database;

    @Inject
    IssuanceService issuance;

    @Inject
    PublishedKeys publishedKeys;

    @Inject
    CardPrintouts printouts;

    /** Runs the command; returns the process exit status. Nothing is written when a person is unknown. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!database.schemaCurrent()) {
            err.println("The registry database is not available; no card was written.");
            return 1;
        }
        Map<String, Person> persons = new LinkedHashMap<>();
        for (String registryId : registryIds) {
            Optional<Person> person = QuarkusTransaction.requiringNew()
                    .call(() -> Person.<Person> findByRegistryId(registryId));
            if (person.isEmpty()) {
                err.println("No person with registry id " + registryId + "; no card was written.");
                return 1;
            }
            persons.put(registryId, person.get());
        }
        try {
            for (Map.Entry<String, Person> person : persons.entrySet()) {
                writeCards(person.getValue(), out.resolve(person.getKey()));
            }
            Files.writeString(out.resolve("jwks.json"), publishedKeys.jwksJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("Writing to " + out + " failed: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    private void writeCards(Person person, Path folder) throws IOException {
        IssuanceService.Cards issued = issuance.withRecord(person);
        HealthRecord record = issued.record();
        PrintWriter console = spec.commandLine().getOut();
        if (issued.cards().isEmpty()) {
            console.println(record.subject().personKey() + ": no card (no completed immunization and no lab result"
                    + " on record)");
            return;
        }
        for (GroupCard card : issued.cards()) {
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
            console.printf("%s: %s card, %d of %d, %d QR code(s)%n", record.subject().personKey(),
                    card.group().slug(), card.qr().shown(), card.qr().total(), card.qr().qrTexts().size());
        }
    }

    private void writePdf(List<CardPrintouts.PrintedCard> printed, Path folder) throws IOException {
        String title = printouts.title(printed.get(0).person(), printed.get(0).card().group(), Language.EN);
        Files.write(folder.resolve("card.pdf"), printouts.pdf(printed, Language.EN, false, title));
    }
}
