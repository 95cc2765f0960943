package org.shcportal.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shcportal.CommandRun;
import org.shcportal.cards.CardVerifier;
import org.shcportal.fixtures.PdfInspection;
import org.shcportal.fixtures.TestPeople;
import org.shcportal.qr.QrReader;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import picocli.CommandLine;

/**
 * The {@code issue} command, on the demo persons; its output in {@code target/shc-artifacts/} is what the
 * independent verifier (kill-the-clipboard, src/test/js) checks after the tests. Its cards are the portal's: recorded
 * in {@code issued_card} and revoked by a revocation like any other.
 */
@QuarkusTest
class IssueCommandTest {

    static final Path ARTIFACTS = Path.of("target", "shc-artifacts");

    @Inject
    CommandLine.IFactory commands;

    @Inject
    CardVerifier verifier;

    @Test
    void writesEveryCardOfTheDemoPersons() throws IOException {
        List<String> persons = List.of("NM-000001", "NM-000002", "NM-000003", "NM-000004", "NM-000005",
                "NM-000008", "NM-000009");
        List<String> args = new ArrayList<>(List.of("issue", "--out", ARTIFACTS.toString()));
        persons.forEach(person -> args.addAll(List.of("--person", person)));
        CommandRun run = CommandRun.of(commands, args.toArray(String[]::new));

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("covid-19 card, ");

        Path covid = ARTIFACTS.resolve("NM-000001").resolve("covid-19");
        assertThat(covid.resolve("card.smart-health-card")).exists();
        String jws = Files.readString(covid.resolve("card.jws"));
        assertThat(jws).doesNotEndWith("\n");
        assertThat(Files.readString(covid.resolve("card.smart-health-card")))
                .isEqualTo("{\"verifiableCredential\":[\"" + jws + "\"]}");
        String text = Files.readString(covid.resolve("qr-1.txt"), StandardCharsets.US_ASCII);
        assertThat(QrReader.decode(Files.readAllBytes(covid.resolve("qr-1.png")))).isEqualTo(text);
        assertThat(ARTIFACTS.resolve("NM-000002").resolve("mpox").resolve("card.jws")).exists();
        assertThat(ARTIFACTS.resolve("NM-000003").resolve("covid-19-tests").resolve("card.jws")).exists();
        assertThat(ARTIFACTS.resolve("jwks.json")).exists();
        try (PDDocument pdf = PdfInspection.load(Files.readAllBytes(covid.resolve("card.pdf")))) {
            assertThat(PdfInspection.text(pdf)).contains("John B. Anyperson", "Do not fold or cover the QR code");
            assertThat(PdfInspection.scanQrCodes(pdf, 0, 300)).containsExactly(text);
        }
        assertThat(ARTIFACTS.resolve("NM-000008").resolve("covid-19-full").resolve("card.pdf")).exists();
    }

    @Test
    void anUnknownPersonWritesNothingAndFails(@TempDir Path out) throws IOException {
        CommandRun run = CommandRun.of(commands, "issue", "--person", "NM-000001", "--person", "NM-404404", "--out",
                out.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("No person with registry id NM-404404; no card was written.\n");
        try (var files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theCardsItWritesAreRecordedAndRevokedLikeThePortals(@TempDir Path out) throws IOException {
        // A person of its own: the revocation must not touch the fixed demo persons other tests read.
        String registryId = TestPeople.adultWithCards();
        long personId = TestPeople.idOf(registryId);

        CommandRun issued = CommandRun.of(commands, "issue", "--person", registryId, "--out", out.toString());

        assertThat(issued.status()).as(issued.err()).isZero();
        Path cardFolder;
        try (Stream<Path> cards = Files.list(out.resolve(registryId))) {
            cardFolder = cards.sorted().findFirst().orElseThrow();
        }
        String card = Files.readString(cardFolder.resolve("card.jws"));
        List<IssuedCard> recorded = QuarkusTransaction.requiringNew()
                .call(() -> IssuedCard.<IssuedCard> list("personId", personId));
        assertThat(recorded).extracting(row -> row.jws).contains(card);
        assertThat(verifier.verify(card, Instant.now()).valid()).isTrue();

        CommandRun revoked = CommandRun.of(commands, "revoke", "--person", registryId, "--before", "now");

        assertThat(revoked.status()).as(revoked.err()).isZero();
        assertThat(verifier.verify(card, Instant.now()).reason()).isEqualTo("revoked");
    }

    @Test
    void readsItsCommandLine() {
        IssueCommand command = new IssueCommand();
        new CommandLine(command).parseArgs("--person", "NM-000001", "--person", "NM-000002", "--out", "x");
        assertThat(command.registryIds).containsExactly("NM-000001", "NM-000002");
        assertThat(command.out).isEqualTo(Path.of("x"));
        assertThatThrownBy(() -> new CommandLine(new IssueCommand()).parseArgs("--person", "NM-000001"))
                .hasMessage("Missing required option: '--out=DIR'");
    }
}
