package org.shcportal.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditEvent;
import org.shcportal.fixtures.TestSessions;
import org.shcportal.registry.Address;
import org.shcportal.registry.Contact;
import org.shcportal.registry.GuardianLink;
import org.shcportal.registry.Immunization;
import org.shcportal.registry.Person;
import org.shcportal.registry.PersonName;
import org.shcportal.registry.PersonRecords;

import ca.uhn.hl7v2.model.v251.message.ACK;
import ca.uhn.hl7v2.model.v251.segment.ERR;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** One VXU^V04 into the registry and the ACK^V04 that answers it. */
@QuarkusTest
class FeedIngestionTest {

    @Inject
    FeedIngestion ingestion;

    @Inject
    PersonRecords records;

    @Test
    void aNewPersonIsCreatedWithNamesAddressContactsAndTheDose() throws Exception {
        String person = FeedMessages.unique("FEED");
        String dose = FeedMessages.unique("IMM");
        String control = FeedMessages.unique("TC");

        Receipt receipt = ingestion.receive(message("new-person.hl7", control, person, dose, ""));

        ACK ack = FeedMessages.parse(receipt.ack());
        assertThat(ack.getMSA().getAcknowledgmentCode().getValue()).isEqualTo("AA");
        assertThat(ack.getMSA().getMessageControlID().getValue()).isEqualTo(control);
        assertThat(ack.getMSH().getReceivingFacility().getNamespaceID().getValue()).isEqualTo("TESTCLINIC");
        assertThat(ack.getMSH().getMessageProfileIdentifier(0).getEntityIdentifier().getValue()).isEqualTo("Z23");
        QuarkusTransaction.requiringNew().run(() -> {
            Person created = Person.findByRegistryId(person).orElseThrow();
            assertThat(created.fullName()).isEqualTo("Avery Quinn Testperson");
            assertThat(created.birthDate).isEqualTo(LocalDate.of(2019, 7, 4));
            assertThat(created.sex).isEqualTo(Person.Sex.F);
            assertThat(PersonName.listOtherNamesOf(created)).extracting(n -> n.kind, n -> n.familyName)
                    .containsExactly(tuple(PersonName.Kind.PREVIOUS, "Sampleton"), tuple(PersonName.Kind.ALIAS,
                            "Testy"));
            assertThat(Address.findCurrentOf(created).orElseThrow().city).isEqualTo("Albuquerque");
            assertThat(Contact.listHistoryOf(created)).extracting(c -> c.value)
                    .containsExactlyInAnyOrder("+15055550101", "avery.family@example.org");
            Immunization given = Immunization.listCompletedForPerson(created).get(0);
            assertThat(given.cvxCode).isEqualTo("03");
            assertThat(given.lotNumber).isEqualTo("TEST123A");
            assertThat(given.mvxCode).isEqualTo("MSD");
            assertThat(given.performerName).isEqualTo("TESTCLINIC_MAIN");
            assertThat(given.sourceSystem).isEqualTo("TESTCLINIC");
            assertThat(given.sourceId).isEqualTo(dose + "^TESTCLINIC");
            assertThat(AuditEvent.count("action = ?1 and subjectPersonId = ?2", AuditAction.FEED_MESSAGE_RECEIVED,
                    created.id)).isEqualTo(1);
        });
        assertThat(given().cookie(TestSessions.COOKIE, TestSessions.signIn(person)).when().get("/account/history")
                .then().statusCode(200).extract().asString()).contains("The registry recorded new information");
    }

    @Test
    void aNewLegalNameKeepsTheOldAsPreviousAndAPhoneNoLongerSentIsMarkedRemoved() {
        String person = FeedMessages.unique("FEED");
        ingestion.receive(message("new-person.hl7", FeedMessages.unique("TC"), person, FeedMessages.unique("IMM"),
                ""));

        Receipt receipt = ingestion.receive(message("new-name-and-phone.hl7", FeedMessages.unique("TC"), person, "",
                ""));

        assertThat(receipt.outcome()).isEqualTo(Acknowledgement.Outcome.AA);
        QuarkusTransaction.requiringNew().run(() -> {
            Person updated = Person.findByRegistryId(person).orElseThrow();
            assertThat(updated.familyName).isEqualTo("Newname");
            assertThat(PersonName.listOtherNamesOf(updated)).extracting(n -> n.kind, n -> n.familyName)
                    .contains(tuple(PersonName.Kind.PREVIOUS, "Testperson"));
            List<Contact> history = Contact.listHistoryOf(updated);
            assertThat(history).filteredOn(c -> c.value.equals("+15055550101")).singleElement()
                    .satisfies(old -> assertThat(old.removedOn).isNotNull());
            assertThat(history).filteredOn(c -> c.value.equals("+15055550199")).singleElement()
                    .satisfies(added -> assertThat(added.removedOn).isNull());
            assertThat(history).filteredOn(c -> c.value.equals("avery.family@example.org")).singleElement()
                    .satisfies(kept -> assertThat(kept.removedOn).isNull());
        });
    }

    @Test
    void aCorrectedBirthDateReplacesTheOneOnRecord() {
        String person = FeedMessages.unique("FEED");
        ingestion.receive(message("new-person.hl7", FeedMessages.unique("TC"), person, FeedMessages.unique("IMM"),
                ""));
        String corrected = message("new-name-and-phone.hl7", FeedMessages.unique("TC"), person, "", "")
                .replace("|20190704|", "|20190604|");

        Receipt receipt = ingestion.receive(corrected);

        assertThat(receipt.outcome()).isEqualTo(Acknowledgement.Outcome.AA);
        QuarkusTransaction.requiringNew().run(() -> assertThat(Person.findByRegistryId(person).orElseThrow().birthDate)
                .isEqualTo(LocalDate.of(2019, 6, 4)));
    }

    @Test
    void anUpdateReplacesTheDoseAndADeleteTakesItOffTheCards() {
        String person = FeedMessages.unique("FEED");
        String dose = FeedMessages.unique("IMM");
        ingestion.receive(message("new-person.hl7", FeedMessages.unique("TC"), person, dose, ""));

        Receipt updated = ingestion.receive(message("dose-change.hl7", FeedMessages.unique("TC"), person, dose, "U"));

        assertThat(updated.outcome()).isEqualTo(Acknowledgement.Outcome.AA);
        assertThat(records.of(person).orElseThrow().doses()).extracting(d -> d.lotNumber()).containsExactly("TEST123B");

        Receipt deleted = ingestion.receive(message("dose-change.hl7", FeedMessages.unique("TC"), person, dose, "D"));

        assertThat(deleted.outcome()).isEqualTo(Acknowledgement.Outcome.AA);
        assertThat(records.of(person).orElseThrow().doses()).isEmpty();
        QuarkusTransaction.requiringNew().run(() -> assertThat(Immunization.<Immunization> list("sourceId",
                dose + "^TESTCLINIC")).singleElement()
                .satisfies(kept -> assertThat(kept.status).isEqualTo(Immunization.Status.ENTERED_IN_ERROR)));
    }

    @Test
    void anAddOfADoseTheRegistryAlreadyHasUpdatesItAndSaysSo() throws Exception {
        String person = FeedMessages.unique("FEED");
        String dose = FeedMessages.unique("IMM");
        ingestion.receive(message("new-person.hl7", FeedMessages.unique("TC"), person, dose, ""));

        Receipt receipt = ingestion.receive(message("dose-change.hl7", FeedMessages.unique("TC"), person, dose, "A"));

        ACK ack = FeedMessages.parse(receipt.ack());
        assertThat(ack.getMSA().getAcknowledgmentCode().getValue()).isEqualTo("AA");
        assertThat(ack.getERR(0).getErrorLocation(0).encode()).isEqualTo("ORC^1^3");
        assertThat(ack.getERR(0).getHL7ErrorCode().getIdentifier().getValue()).isEqualTo("205");
        assertThat(ack.getERR(0).getSeverity().getValue()).isEqualTo("W");
        assertThat(records.of(person).orElseThrow().doses()).extracting(d -> d.lotNumber()).containsExactly("TEST123B");
    }

    @Test
    void anUpdateOfADoseTheRegistryDoesNotHaveIsAnErrorAndStoresNothing() throws Exception {
        String person = FeedMessages.unique("FEED");
        ingestion.receive(message("new-person.hl7", FeedMessages.unique("TC"), person, FeedMessages.unique("IMM"),
                ""));

        Receipt receipt = ingestion.receive(message("dose-change.hl7", FeedMessages.unique("TC"), person,
                FeedMessages.unique("UNKNOWN"), "U"));

        ACK ack = FeedMessages.parse(receipt.ack());
        assertThat(ack.getMSA().getAcknowledgmentCode().getValue()).isEqualTo("AE");
        assertThat(ack.getERR(0).getErrorLocation(0).encode()).isEqualTo("ORC^1^3");
        assertThat(ack.getERR(0).getHL7ErrorCode().getIdentifier().getValue()).isEqualTo("204");
        assertThat(records.of(person).orElseThrow().doses()).extracting(d -> d.lotNumber()).containsExactly("TEST123A");
    }

    @Test
    void refusedAndNotAdministeredDosesAreKeptButNeverReachACard() {
        String person = FeedMessages.unique("FEED");

        Receipt receipt = ingestion.receive(message("refused-and-not-administered.hl7", FeedMessages.unique("TC"),
                person, FeedMessages.unique("IMM"), ""));

        assertThat(receipt.outcome()).isEqualTo(Acknowledgement.Outcome.AA);
        assertThat(records.of(person).orElseThrow().doses()).extracting(d -> d.cvx(), d -> d.performer())
                .containsExactly(tuple("208", "Example Clinic"));
        QuarkusTransaction.requiringNew().run(() -> assertThat(Immunization.<Immunization> list("person",
                Person.findByRegistryId(person).orElseThrow())).extracting(d -> d.cvxCode, d -> d.status)
                .containsExactlyInAnyOrder(tuple("208", Immunization.Status.COMPLETED),
                        tuple("03", Immunization.Status.NOT_DONE), tuple("08", Immunization.Status.NOT_DONE)));
    }

    @Test
    void aCvxCodeTheVaccineListLacksIsStoredAsRecordedWithAWarningAndOneThatIsNotACodeStoresNothing()
            throws Exception {
        String person = FeedMessages.unique("FEED");
        String unlisted = FeedMessages.load("unknown-vaccine-code.hl7", Map.of("CONTROL", FeedMessages.unique("TC"),
                "PERSON", person, "DOSE", FeedMessages.unique("IMM"), "CVX", "9998"));

        ACK warned = FeedMessages.parse(ingestion.receive(unlisted).ack());

        assertThat(warned.getMSA().getAcknowledgmentCode().getValue()).isEqualTo("AA");
        assertThat(warned.getERR(0).getErrorLocation(0).encode()).isEqualTo("RXA^1^5^1^1");
        assertThat(warned.getERR(0).getHL7ErrorCode().getIdentifier().getValue()).isEqualTo("103");
        assertThat(warned.getERR(0).getSeverity().getValue()).isEqualTo("W");
        assertThat(records.of(person).orElseThrow().doses()).extracting(d -> d.cvx()).containsExactly("9998");

        String other = FeedMessages.unique("FEED");
        ACK refused = FeedMessages.parse(ingestion.receive(FeedMessages.load("unknown-vaccine-code.hl7", Map.of(
                "CONTROL", FeedMessages.unique("TC"), "PERSON", other, "DOSE", FeedMessages.unique("IMM"), "CVX",
                "999X"))).ack());

        assertThat(refused.getMSA().getAcknowledgmentCode().getValue()).isEqualTo("AE");
        assertThat(refused.getERR(0).getErrorLocation(0).encode()).isEqualTo("RXA^1^5^1^1");
        assertThat(refused.getERR(0).getSeverity().getValue()).isEqualTo("E");
        assertThat(records.of(other)).isEmpty();
    }

    @Test
    void aMotherWithARegistryIdIsLinkedAsGuardianOfTheMinor() {
        String mother = FeedMessages.unique("FEED");
        String minor = FeedMessages.unique("FEED");
        ingestion.receive(message("adult.hl7", FeedMessages.unique("TC"), mother, "", ""));

        Receipt receipt = ingestion.receive(FeedMessages.load("minor-with-mother.hl7", Map.of("CONTROL",
                FeedMessages.unique("TC"), "PERSON", minor, "GUARDIAN", mother)));

        assertThat(receipt.outcome()).isEqualTo(Acknowledgement.Outcome.AA);
        QuarkusTransaction.requiringNew().run(() -> assertThat(GuardianLink.<GuardianLink> list("minor",
                Person.findByRegistryId(minor).orElseThrow())).singleElement().satisfies(link -> {
                    assertThat(link.guardian.registryId).isEqualTo(mother);
                    assertThat(link.relationship).isEqualTo(GuardianLink.Relationship.MOTHER);
                    assertThat(link.source).isEqualTo(GuardianLink.Source.REGISTRY_FEED);
                }));
    }

    @Test
    void theSameMessageTwiceGetsTheSameAckAndIsStoredOnce() {
        String person = FeedMessages.unique("FEED");
        String control = FeedMessages.unique("TC");
        String message = message("new-person.hl7", control, person, FeedMessages.unique("IMM"), "");

        Receipt first = ingestion.receive(message);
        Receipt second = ingestion.receive(message);

        assertThat(second.ack()).isEqualTo(first.ack());
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(FeedMessage.count("controlId", control)).isEqualTo(1);
            assertThat(Immunization.count("person", Person.findByRegistryId(person).orElseThrow())).isEqualTo(1);
        });
    }

    @Test
    void aMessageSentAgainAfterALaterOneGetsItsEarlierAnswerAndUndoesNothing() {
        String person = FeedMessages.unique("FEED");
        String dose = FeedMessages.unique("IMM");
        String added = message("new-person.hl7", FeedMessages.unique("TC"), person, dose, "");
        Receipt first = ingestion.receive(added);
        ingestion.receive(message("dose-change.hl7", FeedMessages.unique("TC"), person, dose, "D"));
        long audited = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action = ?1 and subjectPersonId"
                + " = ?2", AuditAction.FEED_MESSAGE_RECEIVED, Person.findByRegistryId(person).orElseThrow().id));

        Receipt again = ingestion.receive(added);

        assertThat(again.ack()).isEqualTo(first.ack());
        assertThat(records.of(person).orElseThrow().doses()).isEmpty();
        QuarkusTransaction.requiringNew().run(() -> assertThat(AuditEvent.count("action = ?1 and subjectPersonId = ?2",
                AuditAction.FEED_MESSAGE_RECEIVED, Person.findByRegistryId(person).orElseThrow().id))
                .isEqualTo(audited));
    }

    @Test
    void aControlIdSeenBeforeGetsTheEarlierAnswerEvenWhenTheHeaderIsNowOneTheFeedRejects() {
        String control = FeedMessages.unique("TC");
        Receipt first = ingestion.receive(message("new-person.hl7", control, FeedMessages.unique("FEED"),
                FeedMessages.unique("IMM"), ""));

        Receipt again = ingestion.receive(message("wrong-version.hl7", control, FeedMessages.unique("FEED"), "", ""));

        assertThat(again.outcome()).isEqualTo(Acknowledgement.Outcome.AA);
        assertThat(again.ack()).isEqualTo(first.ack());
    }

    @Test
    void aNulCharacterIsADataTypeErrorAndStoresNothing() throws Exception {
        String person = FeedMessages.unique("FEED");
        String control = FeedMessages.unique("TC");

        Receipt receipt = ingestion.receive(message("new-person.hl7", control, person, FeedMessages.unique("IMM"), "")
                .replace("Testperson^Avery", "Test\u0000person^Avery"));

        ACK ack = FeedMessages.parse(receipt.ack());
        assertThat(ack.getMSA().getAcknowledgmentCode().getValue()).isEqualTo("AR");
        assertThat(ack.getMSA().getMessageControlID().getValue()).isEqualTo(control);
        assertThat(ack.getERR(0).getHL7ErrorCode().getIdentifier().getValue()).isEqualTo("102");
        assertThat(records.of(person)).isEmpty();
    }

    @Test
    void aMissingBirthDateIsAnErrorAtItsLocationAndNothingIsStored() throws Exception {
        long persons = count(Person.class);
        long doses = count(Immunization.class);
        String person = FeedMessages.unique("FEED");

        Receipt receipt = ingestion.receive(message("missing-birth-date.hl7", FeedMessages.unique("TC"), person,
                FeedMessages.unique("IMM"), ""));

        ACK ack = FeedMessages.parse(receipt.ack());
        assertThat(ack.getMSA().getAcknowledgmentCode().getValue()).isEqualTo("AE");
        ERR err = ack.getERR(0);
        assertThat(err.getErrorLocation(0).encode()).isEqualTo("PID^1^7");
        assertThat(err.getHL7ErrorCode().getIdentifier().getValue()).isEqualTo("101");
        assertThat(err.getSeverity().getValue()).isEqualTo("E");
        assertThat(err.getUserMessage().getValue()).contains("PID-7");
        assertThat(count(Person.class)).isEqualTo(persons);
        assertThat(count(Immunization.class)).isEqualTo(doses);
    }

    /**
     * A value longer than the registry keeps is the sender's to fix: AE at its field, not the AR that asks for the same
     * message again later.
     */
    @Test
    void aNameOrADoseIdLongerThanTheRegistryKeepsIsAnErrorAtItsFieldAndNothingIsStored() throws Exception {
        long persons = count(Person.class);
        String person = FeedMessages.unique("FEED");
        String longName = "Testperson".repeat(11);
        String longDose = FeedMessages.unique("IMM") + "-" + "9".repeat(200);

        ACK name = FeedMessages.parse(ingestion.receive(message("new-person.hl7", FeedMessages.unique("TC"), person,
                FeedMessages.unique("IMM"), "").replace("Testperson^Avery", longName + "^Avery")).ack());
        ACK dose = FeedMessages.parse(ingestion.receive(message("new-person.hl7", FeedMessages.unique("TC"), person,
                longDose, "")).ack());

        assertThat(name.getMSA().getAcknowledgmentCode().getValue()).isEqualTo("AE");
        assertThat(name.getERR(0).getErrorLocation(0).encode()).isEqualTo("PID^1^5");
        assertThat(name.getERR(0).getHL7ErrorCode().getIdentifier().getValue()).isEqualTo("102");
        assertThat(name.getERR(0).getUserMessage().getValue()).contains("100 characters");
        assertThat(dose.getMSA().getAcknowledgmentCode().getValue()).isEqualTo("AE");
        assertThat(dose.getERR(0).getErrorLocation(0).encode()).isEqualTo("ORC^1^3");
        assertThat(dose.getERR(0).getHL7ErrorCode().getIdentifier().getValue()).isEqualTo("102");
        assertThat(count(Person.class)).isEqualTo(persons);
    }

    @Test
    void aWrongVersionIsRejectedWithUnsupportedVersionId() throws Exception {
        Receipt receipt = ingestion.receive(message("wrong-version.hl7", FeedMessages.unique("TC"),
                FeedMessages.unique("FEED"), "", ""));

        ACK ack = FeedMessages.parse(receipt.ack());
        assertThat(ack.getMSA().getAcknowledgmentCode().getValue()).isEqualTo("AR");
        assertThat(ack.getERR(0).getErrorLocation(0).encode()).isEqualTo("MSH^1^12");
        assertThat(ack.getERR(0).getHL7ErrorCode().getIdentifier().getValue()).isEqualTo("203");
    }

    @Test
    void bytesThatAreNotHl7AndTruncatedOrHugeMessagesGetAWellFormedRejection() throws Exception {
        String huge = "MSH|^~\\&|" + "X".repeat(2_000_000);
        for (String input : List.of("\u0000\u00ff%PDF-1.7 binary", "", "MSH|^~\\&|TESTEHR|TESTCLINIC|NMSIIS", huge,
                "MSH|^~\\&|A|B|C|D|20250101||VXU^V04^VXU_V04|" + FeedMessages.unique("TC") + "|P|2.5.1\rPID|1||")) {
            ACK ack = FeedMessages.parse(ingestion.receive(input).ack());

            assertThat(ack.getMSA().getAcknowledgmentCode().getValue()).isIn("AR", "AE");
            assertThat(ack.getERRReps()).isPositive();
        }
        assertThat(FeedMessages.parse(ingestion.receive("\u0000\u00ff%PDF-1.7").ack()).getMSA().getAcknowledgmentCode()
                .getValue()).isEqualTo("AR");
    }

    private static long count(Class<?> entity) {
        return QuarkusTransaction.requiringNew().call(() -> entity == Person.class ? Person.count()
                : Immunization.count());
    }

    private static String message(String name, String control, String person, String dose, String action) {
        return FeedMessages.load(name, Map.of("CONTROL", control, "PERSON", person, "DOSE", dose, "ACTION", action));
    }
}
