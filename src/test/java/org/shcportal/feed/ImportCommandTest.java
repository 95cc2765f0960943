package org.shcportal.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shcportal.CommandRun;
import org.shcportal.registry.Person;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import picocli.CommandLine;

/** The {@code import --hl7 FILE} command on an FHS/BHS batch file. */
@QuarkusTest
class ImportCommandTest {

    @Inject
    CommandLine.IFactory commands;

    @TempDir
    Path folder;

    @Test
    void aBatchWithABadMessageInTheMiddleStoresTheOthersAndNamesTheBadOne() throws Exception {
        String run = "RUN" + UUID.randomUUID().toString().substring(0, 8);
        Path file = folder.resolve("batch.hl7");
        Files.writeString(file, FeedMessages.load("batch.hl7", Map.of("RUN", run)), StandardCharsets.UTF_8);

        CommandRun result = CommandRun.of(commands, "import", "--hl7", file.toString());

        assertThat(result.status()).as(result.err()).isEqualTo(1);
        assertThat(result.out()).contains("1/3 " + run + "-B1 AA", "2/3 " + run + "-B2 AE RXA^1^5 101 E",
                "3/3 " + run + "-B3 AA", "3 messages: 2 accepted (0 with warnings), 1 rejected.",
                "Rejected " + run + "-B2: RXA^1^5 101 E");
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(Person.findByRegistryId(run + "-P1")).isPresent();
            assertThat(Person.findByRegistryId(run + "-P2")).isEmpty();
            assertThat(Person.findByRegistryId(run + "-P3")).isPresent();
        });
    }

    @Test
    void aFileOfGoodMessagesExitsWithZero() throws Exception {
        Path file = folder.resolve("good.hl7");
        String messages = FeedMessages.load("adult.hl7", Map.of("CONTROL", FeedMessages.unique("TC"), "PERSON",
                FeedMessages.unique("FEED"))) + FeedMessages.load("adult.hl7",
                        Map.of("CONTROL",
                                FeedMessages.unique("TC"), "PERSON", FeedMessages.unique("FEED")));
        Files.writeString(file, messages, StandardCharsets.UTF_8);

        CommandRun result = CommandRun.of(commands, "import", "--hl7", file.toString());

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("2 messages: 2 accepted (0 with warnings), 0 rejected.");
    }

    @Test
    void aBatchWhoseTrailersCountMoreThanItHoldsIsReportedAsPerhapsCutShort() throws Exception {
        String run = "RUN" + UUID.randomUUID().toString().substring(0, 8);
        Path file = folder.resolve("cut.hl7");
        Files.writeString(file, FeedMessages.load("batch.hl7", Map.of("RUN", run)).replace("BTS|3", "BTS|4")
                .replace("FTS|1", "FTS|2"), StandardCharsets.UTF_8);

        CommandRun result = CommandRun.of(commands, "import", "--hl7", file.toString());

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.out()).contains("3 messages: 2 accepted (0 with warnings), 1 rejected.",
                "The file may be incomplete: BTS-1 counts 4 messages, the batch holds 3.",
                "The file may be incomplete: FTS-1 counts 2 batches, the file holds 1.");
        assertThat(BatchFile.trailerMismatches(FeedMessages.load("batch.hl7", Map.of("RUN", run)))).isEmpty();
    }

    @Test
    void aFileThatCannotBeReadIsAUsageError() {
        CommandRun result = CommandRun.of(commands, "import", "--hl7", folder.resolve("missing.hl7").toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("Cannot read", "nothing was imported");
    }
}
