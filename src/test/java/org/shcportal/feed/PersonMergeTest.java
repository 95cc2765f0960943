package org.shcportal.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditEvent;
import org.shcportal.cards.CardVerifier;
import org.shcportal.cards.GroupCard;
import org.shcportal.corrections.CorrectionRequest;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.TestSessions;
import org.shcportal.fixtures.TestStaff;
import org.shcportal.issuance.IssuanceService;
import org.shcportal.issuance.IssuedCard;
import org.shcportal.registry.Contact;
import org.shcportal.registry.GuardianLink;
import org.shcportal.registry.Immunization;
import org.shcportal.registry.LabResult;
import org.shcportal.registry.Person;
import org.shcportal.registry.PersonName;
import org.shcportal.signin.ResidentSession;
import org.shcportal.staff.StaffRole;

import ca.uhn.hl7v2.model.v251.message.ACK;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** ADT^A40 (HL7 v2.5.1 section 3.3.40): a duplicate record merged into the surviving one. */
@QuarkusTest
class PersonMergeTest {

    @Inject
    FeedIngestion ingestion;

    @Inject
    IssuanceService issuance;

    @Inject
    CardVerifier verifier;

    @Test
    void everythingOfTheRetiredRecordMovesItsCardsAreRevokedAndItsIdNamesTheSurvivorFromThenOn() throws Exception {
        String survivor = FeedMessages.unique("MRG");
        // Upper case, as the help desk's search by registry id reads ids.
        String retired = FeedMessages.unique("MRG").toUpperCase(Locale.ROOT);
        String mother = FeedMessages.unique("MRG");
        String child = FeedMessages.unique("MRG");
        String dose = FeedMessages.unique("IMM");
        String order = FeedMessages.unique("ORD");
        for (String adult : List.of(survivor, mother, child)) {
            accepted(FeedMessages.load("adult.hl7", Map.of("CONTROL", FeedMessages.unique("TC"), "PERSON", adult)));
        }
        accepted(FeedMessages.load("new-person.hl7", Map.of("CONTROL", FeedMessages.unique("TC"), "PERSON", retired,
                "DOSE", dose)));
        accepted(FeedMessages.load("lab-id-only.hl7", Map.of("CONTROL", FeedMessages.unique("TC"), "PERSON", retired,
                "ORDER", order)));
        List<String> retiredCards = setUp(survivor, retired, mother, child);
        String retiredSession = TestSessions.signIn(retired);

        Receipt receipt = ingestion.receive(merge(survivor, retired));

        ACK ack = FeedMessages.parse(receipt.ack());
        assertThat(ack.getMSA().getAcknowledgmentCode().getValue()).as(receipt.problems().toString()).isEqualTo("AA");
        assertThat(ack.getMSH().getMessageType().encode()).isEqualTo("ACK^A40^ACK");
        QuarkusTransaction.requiringNew().run(() -> {
            Person kept = person(survivor);
            Person gone = person(retired);
            assertThat(gone.mergedInto).isEqualTo(kept.id);
            assertThat(Immunization.<Immunization> find("sourceId", dose + "^TESTCLINIC").singleResult().person.id)
                    .isEqualTo(kept.id);
            assertThat(LabResult.<LabResult> find("sourceId", order + "^TESTLAB").singleResult().person.id)
                    .isEqualTo(kept.id);
            assertThat(PersonName.listOtherNamesOf(kept)).extracting(n -> n.kind, n -> n.familyName, n -> n.givenName)
                    .containsExactlyInAnyOrder(tuple(PersonName.Kind.PREVIOUS, "Testperson", "Avery"),
                            tuple(PersonName.Kind.PREVIOUS, "Sampleton", "Avery"),
                            tuple(PersonName.Kind.ALIAS, "Testy", "Ave"));
            assertThat(Contact.listHistoryOf(kept)).extracting(c -> c.value, c -> c.removedOn)
                    .containsExactlyInAnyOrder(tuple("+15055550101", null), tuple("avery.family@example.org", null));
            assertThat(GuardianLink.<GuardianLink> list("guardian.id = ?1 or minor.id = ?1", kept.id))
                    .extracting(link -> link.guardian.registryId, link -> link.minor.registryId)
                    .containsExactlyInAnyOrder(tuple(mother, survivor), tuple(survivor, child));
            assertThat(GuardianLink.count("guardian.id = ?1 or minor.id = ?1", gone.id)).isZero();
            assertThat(IssuedCard.count("personId", kept.id)).isEqualTo(retiredCards.size());
            assertThat(IssuedCard.count("personId", gone.id)).isZero();
            assertThat(CorrectionRequest.count("person.id = ?1 and requestedBy.id = ?1", kept.id)).isEqualTo(1);
            assertThat(ResidentSession.<ResidentSession> list("personId", gone.id))
                    .allSatisfy(session -> assertThat(session.endedAt).isNotNull());
            assertThat(AuditEvent.count("action = ?1 and subjectPersonId = ?2", AuditAction.RECORD_MERGED_INTO,
                    kept.id)).isEqualTo(1);
            assertThat(AuditEvent.count("action = ?1 and subjectPersonId = ?2", AuditAction.RECORD_MERGED_AWAY,
                    gone.id)).isEqualTo(1);
        });
        Instant now = Instant.now();
        assertThat(retiredCards).isNotEmpty()
                .allSatisfy(jws -> assertThat(verifier.verify(jws, now).reason()).isEqualTo("revoked"));
        assertThat(given().redirects().follow(false).cookie(TestSessions.COOKIE, retiredSession).get("/account/history")
                .statusCode()).isNotEqualTo(200);
        assertThat(history(survivor)).contains(
                "Your record was merged with a duplicate record; its vaccines and test results are now in your record");
        assertThat(history(retired)).contains("Your record was merged with a duplicate record and closed");

        String later = FeedMessages.unique("IMM");
        accepted(FeedMessages.load("id-only.hl7", Map.of("CONTROL", FeedMessages.unique("TC"), "PERSON", retired,
                "DOSE", later)));

        QuarkusTransaction.requiringNew().run(() -> assertThat(Immunization.<Immunization> find("sourceId",
                later + "^TESTCLINIC").singleResult().person.id).isEqualTo(person(survivor).id));
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        agent.get("/helpdesk");
        assertThat(agent.post("/helpdesk", Map.of("registryId", retired)).asString())
                .as("the retired id finds the survivor").contains("Morgan").doesNotContain("Avery Quinn Testperson");
        agent.get("/helpdesk");
        assertThat(agent.post("/helpdesk", Map.of("birthMonth", "7", "birthDay", "4", "birthYear", "2019",
                "familyName", "Testperson")).asString()).as("the closed record is not listed")
                .doesNotContain("/helpdesk/people/" + QuarkusTransaction.requiringNew().call(() -> person(retired).id)
                        + "/");
    }

    @Test
    void anUnknownIdOrTheSamePersonTwiceIsAnErrorAndChangesNothing() throws Exception {
        String survivor = FeedMessages.unique("MRG");
        String retired = FeedMessages.unique("MRG");
        String dose = FeedMessages.unique("IMM");
        accepted(FeedMessages.load("adult.hl7", Map.of("CONTROL", FeedMessages.unique("TC"), "PERSON", survivor)));
        accepted(FeedMessages.load("new-person.hl7", Map.of("CONTROL", FeedMessages.unique("TC"), "PERSON", retired,
                "DOSE", dose)));
        String unknown = FeedMessages.unique("MRG");

        for (var bad : List.of(List.of(merge(unknown, retired), "PID^1^3", "204"),
                List.of(merge(survivor, unknown), "MRG^1^1", "204"), List.of(merge(survivor, survivor), "MRG^1^1", "205"),
                List.of(merge(survivor, retired).replace(retired + "^^^NMSIIS", retired + "^^^OTHER"), "MRG^1^1",
                        "101"))) {
            ACK ack = FeedMessages.parse(ingestion.receive(bad.get(0)).ack());

            assertThat(ack.getMSA().getAcknowledgmentCode().getValue()).isEqualTo("AE");
            assertThat(ack.getERR(0).getErrorLocation(0).encode()).isEqualTo(bad.get(1));
            assertThat(ack.getERR(0).getHL7ErrorCode().getIdentifier().getValue()).isEqualTo(bad.get(2));
            QuarkusTransaction.requiringNew().run(() -> {
                Person gone = person(retired);
                assertThat(gone.mergedInto).isNull();
                assertThat(Immunization.<Immunization> find("sourceId", dose + "^TESTCLINIC").singleResult().person.id)
                        .isEqualTo(gone.id);
                assertThat(Contact.listHistoryOf(gone)).hasSize(2);
                assertThat(AuditEvent.count("action in ?1 and subjectPersonId = ?2", List.of(
                        AuditAction.RECORD_MERGED_INTO, AuditAction.RECORD_MERGED_AWAY), gone.id)).isZero();
            });
        }
    }

    /** Guardian links both ways, a contact both have, a correction request and issued cards; the cards' JWS. */
    private List<String> setUp(String survivor, String retired, String mother, String child) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Person kept = person(survivor);
            Person gone = person(retired);
            link(person(mother), gone);
            link(person(mother), kept);
            link(gone, person(child));
            link(kept, gone);
            Contact same = new Contact();
            same.person = kept;
            same.kind = Contact.Kind.PHONE;
            same.value = "+15055550101";
            same.addedOn = LocalDate.of(2024, 1, 2);
            same.removedOn = LocalDate.of(2024, 6, 1);
            same.persist();
            CorrectionRequest request = new CorrectionRequest();
            request.person = gone;
            request.requestedBy = gone;
            request.kind = CorrectionRequest.Kind.MISSING_DOSE;
            request.description = "A dose is missing.";
            request.status = CorrectionRequest.Status.OPEN;
            request.createdAt = Instant.now();
            request.updatedAt = request.createdAt;
            request.persist();
            return issuance.of(gone).stream().map(GroupCard::qr).map(card -> card.jws()).toList();
        });
    }

    private static void link(Person guardian, Person minor) {
        GuardianLink link = new GuardianLink();
        link.guardian = guardian;
        link.minor = minor;
        link.relationship = GuardianLink.Relationship.LEGAL_GUARDIAN;
        link.source = GuardianLink.Source.HELP_DESK;
        link.persist();
    }

    private void accepted(String message) {
        Receipt receipt = ingestion.receive(message);
        assertThat(receipt.outcome()).as(receipt.problems().toString()).isEqualTo(Acknowledgement.Outcome.AA);
    }

    private static Person person(String registryId) {
        return Person.findByRegistryId(registryId).orElseThrow();
    }

    private static String history(String registryId) {
        return given().cookie(TestSessions.COOKIE, TestSessions.signIn(registryId)).get("/account/history").then()
                .statusCode(200).extract().asString();
    }

    private static String merge(String survivor, String retired) {
        return FeedMessages.load("merge.hl7", Map.of("CONTROL", FeedMessages.unique("TC"), "SURVIVOR", survivor,
                "RETIRED", retired));
    }
}
