package org.shcportal.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shcportal.CommandRun;
import org.shcportal.registry.Person;
import org.shcportal.registry.PersonName;

import ca.uhn.hl7v2.model.v251.message.VXU_V04;
import ca.uhn.hl7v2.parser.PipeParser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import picocli.CommandLine;

/** {@code export --hl7 FILE}: the registry as VXU^V04 and ORU^R01 messages that the feed reads back. */
@QuarkusTest
class Hl7ExportTest {

    @Inject
    CommandLine.IFactory commands;

    @Inject
    FeedIngestion ingestion;

    @TempDir
    Path folder;

    @Test
    void aGuardianComesBeforeTheMinorWhoseNk1NamesThemAndEachLabResultIsAnOru() throws Exception {
        List<String> messages = export();

        int mother = indexOfVxu(messages, "NM-000004");
        int son = indexOfVxu(messages, "NM-000005");
        assertThat(mother).isNotNegative().isLessThan(son);
        VXU_V04 vxu = (VXU_V04) new PipeParser().parse(messages.get(son));
        assertThat(vxu.getNK1().getRelationship().getIdentifier().getValue()).isEqualTo("MTH");
        assertThat(vxu.getNK1().getNextOfKinAssociatedPartySIdentifiers(0).encode())
                .isEqualTo("NM-000004^^^NMSIIS^SR");
        assertThat(vxu.getORDERReps()).isPositive();
        assertThat(vxu.getORDER(0).getRXA().getCompletionStatus().getValue()).isEqualTo("CP");
        assertThat(vxu.getORDER(0).getRXA().getActionCodeRXA().getValue()).isEqualTo("A");
        String lab = messages.stream().filter(m -> m.contains("ORU^R01^ORU_R01") && m.contains("NM-000003^^^"))
                .findFirst().orElseThrow();
        assertThat(lab.split("\r")).extracting(segment -> segment.substring(0, 3))
                .containsExactly("MSH", "PID", "ORC", "OBR", "OBX", "SPM");
        assertThat(lab).contains("PHLabReport-NoAck^ELR_Receiver^2.16.840.1.113883.9.11^ISO",
                "|CWE|94558-4^^LN||260373001^^SCT||||||F|||20210217|", "\rSPM|1||||||||||||||||20210217");
    }

    @Test
    void theFeedReadsAnExportedPersonBackWithPreviousNameAndIdentityAssurance() throws Exception {
        List<String> messages = export();
        String copy = FeedMessages.unique("COPY");
        String vxu = messages.get(indexOfVxu(messages, "NM-000009")).replace("NM-000009^^^", copy + "^^^")
                .replaceAll("\\|[0-9]{14}-[0-9]+\\|P\\|", "|" + copy + "|P|")
                // Another birth date, so the copy is not a second match for the demo person's sign-in.
                .replace("|19791203|", "|19791204|");

        Receipt receipt = ingestion.receive(vxu);

        assertThat(receipt.outcome()).as(receipt.problems().toString()).isEqualTo(Acknowledgement.Outcome.AA);
        QuarkusTransaction.requiringNew().run(() -> {
            Person person = Person.findByRegistryId(copy).orElseThrow();
            assertThat(person.identityAssurance).isEqualTo("IAL1.2");
            assertThat(person.familyName).isEqualTo("Martínez-Chávez");
            assertThat(PersonName.listOtherNamesOf(person)).extracting(name -> name.kind + " " + name.familyName)
                    .containsExactly("PREVIOUS Martínez");
        });
    }

    private List<String> export() throws Exception {
        Path file = folder.resolve("registry.hl7");
        CommandRun run = CommandRun.of(commands, "export", "--hl7", file.toString());
        assertThat(run.status()).as(run.err()).isZero();
        return BatchFile.messages(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static int indexOfVxu(List<String> messages, String registryId) {
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).contains("VXU^V04") && messages.get(i).contains("\rPID|1||" + registryId + "^")) {
                return i;
            }
        }
        return -1;
    }
}
