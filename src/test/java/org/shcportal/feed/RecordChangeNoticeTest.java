package org.shcportal.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.shcportal.audit.Actor;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditEvent;
import org.shcportal.audit.AuditLog;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.Outboxes;
import org.shcportal.fixtures.TestPeople;
import org.shcportal.fixtures.TestSessions;
import org.shcportal.registry.GuardianLink;
import org.shcportal.registry.Person;
import org.shcportal.signin.ResidentSessions;
import org.shcportal.signin.ResidentSignedIn;
import org.shcportal.web.Language;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * "Your record changed": a feed message that changes what a person's cards would contain tells the person, and a
 * minor's guardians, who signed in before — once a day, in their language, without a health detail.
 */
@QuarkusTest
class RecordChangeNoticeTest {

    private static final String SENTENCE_EN = "Your immunization record was updated. Sign in to get your updated card.";
    private static final String SENTENCE_ES = "Se actualizó su registro de vacunación. Inicie sesión para obtener su "
            + "tarjeta actualizada.";

    @Inject
    FeedIngestion ingestion;

    @Inject
    ResidentSessions sessions;

    @Inject
    AuditLog audit;

    @Inject
    Event<ResidentSignedIn> signedIn;

    @Test
    void aChangeTellsAPersonWhoSignedInBeforeOnceADayInTheirLanguageWithoutHealthDetails() {
        Resident resident = newResident();
        signedInBefore(resident.registryId, Language.ES);

        assertThat(dose(resident, FeedMessages.unique("IMM"), "20250401", "03", "CP").outcome())
                .isEqualTo(Acknowledgement.Outcome.AA);

        assertThat(Outboxes.countFor(resident.email)).isEqualTo(1);
        assertThat(Outboxes.lastBodyFor(resident.email).orElseThrow()).contains(SENTENCE_ES, "1-800-555-0199")
                .doesNotContain("Jordan", "Testperson", "MMR", "Vaccine", "LOT1", "2025", "TESTCLINIC");
        QuarkusTransaction.requiringNew().run(() -> assertThat(AuditEvent.count("action = ?1 and subjectPersonId = ?2",
                AuditAction.RECORD_CHANGE_NOTICE_QUEUED, TestPeople.idOf(resident.registryId))).isEqualTo(1));

        dose(resident, FeedMessages.unique("IMM"), "20250402", "03", "CP");

        assertThat(Outboxes.countFor(resident.email)).as("a second change the same day").isEqualTo(1);
    }

    @Test
    void aPersonWhoNeverSignedInIsNotToldUntilTheyHave() {
        Resident resident = newResident();

        dose(resident, FeedMessages.unique("IMM"), "20250401", "03", "CP");

        assertThat(Outboxes.countFor(resident.email)).isZero();

        signedInBefore(resident.registryId, Language.EN);
        dose(resident, FeedMessages.unique("IMM"), "20250402", "03", "CP");

        assertThat(Outboxes.countFor(resident.email)).isEqualTo(1);
        assertThat(Outboxes.lastBodyFor(resident.email).orElseThrow()).contains(SENTENCE_EN);
    }

    @Test
    void theAccountSettingTurnsTheNoticeOffAndOnAgain() {
        Resident resident = newResident();
        Browser browser = signedInBefore(resident.registryId, Language.EN);
        browser.get("/account");

        var saved = browser.post("/account/settings", Map.of());
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(browser.get(saved.header("Location")).asString()).contains("Your choice was saved.")
                .doesNotContain("value=\"on\" checked");
        dose(resident, FeedMessages.unique("IMM"), "20250401", "03", "CP");

        assertThat(Outboxes.countFor(resident.email)).isZero();

        browser.post("/account/settings", Map.of("record-change-notices", "on"));
        dose(resident, FeedMessages.unique("IMM"), "20250402", "03", "CP");

        assertThat(Outboxes.countFor(resident.email)).isEqualTo(1);
    }

    @Test
    void aMinorsGuardianIsToldWithoutTheChildsName() {
        Resident guardian = newResident();
        signedInBefore(guardian.registryId, Language.EN);

        Receipt receipt = ingestion.receive(FeedMessages.load("minor-with-guardian-and-dose.hl7", Map.of("CONTROL",
                FeedMessages.unique("TC"), "PERSON", FeedMessages.unique("FEED"), "GUARDIAN", guardian.registryId,
                "DOSE", FeedMessages.unique("IMM"))));

        assertThat(receipt.outcome()).isEqualTo(Acknowledgement.Outcome.AA);
        assertThat(Outboxes.countFor(guardian.email)).isEqualTo(1);
        assertThat(Outboxes.lastBodyFor(guardian.email).orElseThrow())
                .contains("An immunization record you manage was updated. Sign in to get the updated card.")
                .doesNotContain("Riley", "Testperson", "R. T.", "MMR");
    }

    @Test
    void aGuardianIsToldOfAChildsChangeAfterSigningInOnlyWhenTheChildsCardChanged() {
        Resident guardian = newResident();
        String child = TestPeople.minor();
        QuarkusTransaction.requiringNew().run(() -> {
            GuardianLink link = new GuardianLink();
            link.guardian = Person.findByRegistryId(guardian.registryId).orElseThrow();
            link.minor = Person.findByRegistryId(child).orElseThrow();
            link.relationship = GuardianLink.Relationship.LEGAL_GUARDIAN;
            link.source = GuardianLink.Source.HELP_DESK;
            link.persist();
        });
        signInThroughTheForm(guardian);
        long before = Outboxes.countFor(guardian.email);

        assertThat(childDose(child, "RE").outcome()).isEqualTo(Acknowledgement.Outcome.AA);

        assertThat(Outboxes.countFor(guardian.email)).as("a refused dose, nothing new on the child's card")
                .isEqualTo(before);

        childDose(child, "CP");

        assertThat(Outboxes.countFor(guardian.email)).isEqualTo(before + 1);
    }

    @Test
    void aMessageThatChangesNothingOnTheCardTellsNobody() {
        Resident resident = newResident();
        signedInBefore(resident.registryId, Language.EN);

        dose(resident, FeedMessages.unique("IMM"), "20250401", "03", "RE");
        dose(resident, resident.firstDose, "20250310", "03", "CP");

        assertThat(Outboxes.countFor(resident.email)).as("a refused dose, then the same dose again").isZero();

        dose(resident, FeedMessages.unique("IMM"), "20250402", "03", "CP");

        assertThat(Outboxes.countFor(resident.email)).isEqualTo(1);
    }

    @Test
    void aRejectedMessageTellsNobody() {
        Resident resident = newResident();
        signedInBefore(resident.registryId, Language.EN);
        String dose = FeedMessages.unique("IMM");

        assertThat(dose(resident, dose, "20250401", "MMR", "CP").outcome()).isEqualTo(Acknowledgement.Outcome.AE);

        assertThat(Outboxes.countFor(resident.email)).isZero();

        assertThat(dose(resident, dose, "20250401", "03", "CP").outcome()).isEqualTo(Acknowledgement.Outcome.AA);

        assertThat(Outboxes.countFor(resident.email)).isEqualTo(1);
    }

    /** A person the feed created with one dose and an email address of their own. */
    private record Resident(String registryId, String email, String firstDose) {
    }

    private Resident newResident() {
        String registryId = FeedMessages.unique("FEED");
        Resident resident = new Resident(registryId, registryId.toLowerCase() + "@example.org",
                FeedMessages.unique("IMM"));
        assertThat(dose(resident, resident.firstDose, "20250310", "03", "CP").outcome())
                .isEqualTo(Acknowledgement.Outcome.AA);
        return resident;
    }

    private Receipt dose(Resident resident, String dose, String given, String cvx, String status) {
        return ingestion.receive(FeedMessages.load("record-change.hl7", Map.of("CONTROL", FeedMessages.unique("TC"),
                "PERSON", resident.registryId, "EMAIL", resident.email, "DOSE", dose, "GIVEN", given, "CVX", cvx,
                "STATUS", status)));
    }

    /**
     * A dose for a child of the demo registry, whose cards other tests check against the IG's profiles: its PID carries
     * only the registry's id, leaving the rest as it is, and its lot number is one the Vaccination IG allows
     * (constraint vc-should-not-include-string-lot: a lot number SHOULD NOT contain "lot").
     */
    private Receipt childDose(String registryId, String status) {
        return ingestion.receive(FeedMessages.load("record-change.hl7", Map.of("CONTROL", FeedMessages.unique("TC"),
                "PERSON", registryId, "EMAIL", "", "DOSE", FeedMessages.unique("IMM"), "GIVEN", "20250401", "CVX", "03",
                "STATUS", status)).replaceAll("(?m)^PID\\|.*$", "PID|1||" + registryId + "^^^NMSIIS^SR")
                .replace("|LOT1|", "|R7N3K|"));
    }

    /** Signs the resident in through the sign-in form and the code sent to their email. */
    private static void signInThroughTheForm(Resident resident) {
        Browser browser = new Browser();
        browser.get("/sign-in");
        browser.post("/sign-in", Map.of("givenName", "Jordan", "familyName", "Testperson", "birthMonth", "2",
                "birthDay", "15", "birthYear", "1980", "contact", resident.email, "attest", "yes"));
        var signedIn = browser.post("/sign-in/code", Map.of("code", Outboxes.lastCodeFor(resident.email).orElseThrow()));
        assertThat(signedIn.header("Location")).endsWith("/account");
    }

    /** Signs the person in as the sign-in flow does (a session in the language, the audit's SIGNED_IN, the event). */
    private Browser signedInBefore(String registryId, Language language) {
        String token = QuarkusTransaction.requiringNew().call(() -> {
            long personId = Person.findByRegistryId(registryId).orElseThrow().id;
            audit.record(AuditAction.SIGNED_IN, Actor.resident(personId), personId);
            signedIn.fire(new ResidentSignedIn(personId));
            return sessions.start(personId, language);
        });
        Browser browser = new Browser();
        browser.setCookie(TestSessions.COOKIE, token);
        return browser;
    }
}
