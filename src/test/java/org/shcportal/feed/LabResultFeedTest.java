package org.shcportal.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.shcportal.registry.LabResult;
import org.shcportal.registry.LabTests;
import org.shcportal.registry.PersonRecords;

import ca.uhn.hl7v2.model.v251.message.ACK;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** ORU^R01 lab results (HL7 v2.5.1 ELR R1) into the registry, and the ACK^R01 that answers each. */
@QuarkusTest
class LabResultFeedTest {

    @Inject
    FeedIngestion ingestion;

    @Inject
    PersonRecords records;

    @Test
    void aDetectedCovidResultIsStoredUnderTheSendersOrderIdAndReachesTheCard() throws Exception {
        String person = FeedMessages.unique("LAB");
        String order = FeedMessages.unique("ORD");
        String control = FeedMessages.unique("TC");

        Receipt receipt = ingestion.receive(lab("lab-covid-detected.hl7", control, person, order));

        ACK ack = FeedMessages.parse(receipt.ack());
        assertThat(ack.getMSA().getAcknowledgmentCode().getValue()).isEqualTo("AA");
        assertThat(ack.getMSA().getMessageControlID().getValue()).isEqualTo(control);
        assertThat(ack.getMSH().getMessageType().encode()).isEqualTo("ACK^R01^ACK");
        assertThat(ack.getMSH().getReceivingFacility().getNamespaceID().getValue()).isEqualTo("TESTLAB");
        LabResult stored = only(order);
        assertThat(stored.loincCode).isEqualTo("94500-6");
        assertThat(stored.resultSystem).isEqualTo(LabTests.SNOMED);
        assertThat(stored.resultCode).isEqualTo("260373001");
        assertThat(stored.effectiveDate).isEqualTo(LocalDate.of(2025, 3, 11));
        assertThat(stored.performerName).isEqualTo("Test Reference Laboratory");
        assertThat(stored.status).isEqualTo(LabResult.Status.FINAL);
        assertThat(stored.sourceSystem).isEqualTo("TESTLAB");
        assertThat(records.of(person).orElseThrow().labs()).extracting(lab -> lab.resultCode())
                .containsExactly("260373001");
    }

    @Test
    void aCorrectionReplacesTheStoredResultAndARetractionTakesItOffTheCard() {
        String person = FeedMessages.unique("LAB");
        String order = FeedMessages.unique("ORD");
        ingestion.receive(lab("lab-covid-detected.hl7", FeedMessages.unique("TC"), person, order));

        Receipt corrected = ingestion.receive(lab("lab-covid-corrected.hl7", FeedMessages.unique("TC"), person, order));

        assertThat(corrected.outcome()).isEqualTo(Acknowledgement.Outcome.AA);
        assertThat(only(order)).satisfies(result -> {
            assertThat(result.resultCode).isEqualTo("260415000");
            assertThat(result.status).isEqualTo(LabResult.Status.CORRECTED);
        });
        assertThat(records.of(person).orElseThrow().labs()).extracting(lab -> lab.resultCode())
                .containsExactly("260415000");

        Receipt retracted = ingestion.receive(lab("lab-retracted.hl7", FeedMessages.unique("TC"), person, order));

        assertThat(retracted.outcome()).isEqualTo(Acknowledgement.Outcome.AA);
        assertThat(only(order).status).isEqualTo(LabResult.Status.ENTERED_IN_ERROR);
        assertThat(records.of(person).orElseThrow().labs()).isEmpty();
    }

    @Test
    void aCorrectionOrRetractionOfAResultTheRegistryDoesNotHaveIsAnUnknownKeyAndStoresNothing() throws Exception {
        String person = FeedMessages.unique("LAB");
        ingestion.receive(lab("lab-covid-detected.hl7", FeedMessages.unique("TC"), person, FeedMessages.unique("ORD")));

        for (String fixture : List.of("lab-covid-corrected.hl7", "lab-retracted.hl7")) {
            String unknown = FeedMessages.unique("ORD");
            ACK ack = FeedMessages.parse(ingestion.receive(lab(fixture, FeedMessages.unique("TC"), person, unknown))
                    .ack());

            assertThat(ack.getMSA().getAcknowledgmentCode().getValue()).isEqualTo("AE");
            assertThat(ack.getERR(0).getErrorLocation(0).encode()).isEqualTo("ORC^1^3");
            assertThat(ack.getERR(0).getHL7ErrorCode().getIdentifier().getValue()).isEqualTo("204");
            assertThat(count(unknown)).isZero();
        }
        assertThat(records.of(person).orElseThrow().labs()).extracting(lab -> lab.resultCode())
                .containsExactly("260373001");
    }

    @Test
    void aTestThatIsNotACardTestIsStoredAsRecordedWithAWarningButStaysOffTheCard() throws Exception {
        String person = FeedMessages.unique("LAB");
        String order = FeedMessages.unique("ORD");

        ACK ack = FeedMessages.parse(ingestion.receive(lab("lab-unknown-loinc.hl7", FeedMessages.unique("TC"), person,
                order)).ack());

        assertThat(ack.getMSA().getAcknowledgmentCode().getValue()).isEqualTo("AA");
        assertThat(ack.getERR(0).getErrorLocation(0).encode()).isEqualTo("OBX^1^3^1^1");
        assertThat(ack.getERR(0).getHL7ErrorCode().getIdentifier().getValue()).isEqualTo("103");
        assertThat(ack.getERR(0).getSeverity().getValue()).isEqualTo("W");
        assertThat(only(order)).satisfies(result -> {
            assertThat(result.loincCode).isEqualTo("2345-7");
            assertThat(result.resultValue).isEqualTo("95 mg/dL");
            assertThat(result.status).isEqualTo(LabResult.Status.FINAL);
        });
        assertThat(records.of(person).orElseThrow().labs()).isEmpty();
    }

    @Test
    void aSpecimenTakenOrADoseGivenInTheFutureIsAnErrorAndStoresNothing() throws Exception {
        String tomorrow = LocalDate.now().plusDays(2).format(DateTimeFormatter.BASIC_ISO_DATE);
        String person = FeedMessages.unique("LAB");
        String order = FeedMessages.unique("ORD");
        String futureLab = lab("lab-covid-detected.hl7", FeedMessages.unique("TC"), person, order)
                .replace("|20250311", "|" + tomorrow);

        ACK lab = FeedMessages.parse(ingestion.receive(futureLab).ack());

        assertThat(lab.getMSA().getAcknowledgmentCode().getValue()).isEqualTo("AE");
        assertThat(lab.getERR(0).getErrorLocation(0).encode()).isEqualTo("SPM^1^17");
        assertThat(lab.getERR(0).getUserMessage().getValue()).contains("future");
        assertThat(count(order)).isZero();
        assertThat(records.of(person)).isEmpty();

        String dose = FeedMessages.unique("IMM");
        String futureDose = FeedMessages.load("new-person.hl7", Map.of("CONTROL", FeedMessages.unique("TC"), "PERSON",
                person, "DOSE", dose)).replace("RXA|0|1|20250310|", "RXA|0|1|" + tomorrow + "|");

        ACK vxu = FeedMessages.parse(ingestion.receive(futureDose).ack());

        assertThat(vxu.getMSA().getAcknowledgmentCode().getValue()).isEqualTo("AE");
        assertThat(vxu.getERR(0).getErrorLocation(0).encode()).isEqualTo("RXA^1^3");
        assertThat(records.of(person)).isEmpty();
    }

    @Test
    void anUnknownPersonWithOnlyAnIdIsARequiredFieldMissingButAKnownOneGetsTheResult() throws Exception {
        String person = FeedMessages.unique("LAB");
        String order = FeedMessages.unique("ORD");

        for (String message : List.of(lab("lab-id-only.hl7", FeedMessages.unique("TC"), person, order),
                FeedMessages.load("id-only.hl7", Map.of("CONTROL", FeedMessages.unique("TC"), "PERSON", person, "DOSE",
                        FeedMessages.unique("IMM"))))) {
            ACK ack = FeedMessages.parse(ingestion.receive(message).ack());

            assertThat(ack.getMSA().getAcknowledgmentCode().getValue()).isEqualTo("AE");
            assertThat(ack.getERR(0).getErrorLocation(0).encode()).isEqualTo("PID^1^7");
            assertThat(ack.getERR(0).getHL7ErrorCode().getIdentifier().getValue()).isEqualTo("101");
            assertThat(ack.getERR(1).getErrorLocation(0).encode()).isEqualTo("PID^1^5");
            assertThat(records.of(person)).isEmpty();
        }

        ingestion.receive(lab("lab-covid-detected.hl7", FeedMessages.unique("TC"), person, FeedMessages.unique("ORD")));
        Receipt known = ingestion.receive(lab("lab-id-only.hl7", FeedMessages.unique("TC"), person, order));

        assertThat(known.outcome()).isEqualTo(Acknowledgement.Outcome.AA);
        assertThat(only(order).person.registryId).isEqualTo(person);
    }

    @Test
    void anEventTheFeedDoesNotTakeIsRejectedWithUnsupportedEventCode() throws Exception {
        String control = FeedMessages.unique("TC");
        String message = lab("lab-covid-detected.hl7", control, FeedMessages.unique("LAB"), FeedMessages.unique("ORD"))
                .replace("ORU^R01^ORU_R01", "ORU^R30^ORU_R30");

        ACK ack = FeedMessages.parse(ingestion.receive(message).ack());

        assertThat(ack.getMSA().getAcknowledgmentCode().getValue()).isEqualTo("AR");
        assertThat(ack.getMSA().getMessageControlID().getValue()).isEqualTo(control);
        assertThat(ack.getERR(0).getErrorLocation(0).encode()).isEqualTo("MSH^1^9");
        assertThat(ack.getERR(0).getHL7ErrorCode().getIdentifier().getValue()).isEqualTo("201");
    }

    private static LabResult only(String order) {
        return QuarkusTransaction.requiringNew().call(() -> {
            LabResult result = LabResult.<LabResult> find("sourceId", order + "^TESTLAB").singleResult();
            result.person.registryId.length();
            return result;
        });
    }

    private static long count(String order) {
        return QuarkusTransaction.requiringNew().call(() -> LabResult.count("sourceId", order + "^TESTLAB"));
    }

    private static String lab(String fixture, String control, String person, String order) {
        return FeedMessages.load(fixture, Map.of("CONTROL", control, "PERSON", person, "ORDER", order));
    }
}
