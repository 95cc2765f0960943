package org.shcportal.carddelivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditEvent;
import org.shcportal.audit.StaffReason;
import org.shcportal.cards.CardVerifier;
import org.shcportal.fixtures.AuditTrail;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.OpenedRecords;
import org.shcportal.fixtures.Outboxes;
import org.shcportal.fixtures.PdfInspection;
import org.shcportal.fixtures.TestPeople;
import org.shcportal.fixtures.TestStaff;
import org.shcportal.registry.Contact;
import org.shcportal.registry.Person;
import org.shcportal.staff.StaffRole;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.ext.mail.MailAttachment;
import io.vertx.ext.mail.MailMessage;

/** Sending a caller their cards: by email to an address on file, or printed by mail to the address on file. */
@QuarkusTest
class SendCardsTest {

    @Inject
    MockMailbox mailbox;

    @Inject
    CardVerifier verifier;

    @Test
    void anAgentEmailsTheCardsToAnAddressOnFileWithTheFileAndThePdfAttached() throws IOException {
        String username = TestStaff.create(StaffRole.AGENT);
        Browser agent = TestStaff.signIn(username);
        String registryId = TestPeople.adultWithCards();
        long personId = OpenedRecords.open(agent, registryId, StaffReason.CALLER_VERIFICATION, "INC-1001");
        Contact email = emailOf(personId);

        String page = agent.get("/helpdesk/people/" + personId + "/send-cards").asString();
        assertThat(page).contains("value=\"" + email.id + "\"").doesNotContain(email.value);

        var sent = agent.post("/helpdesk/people/" + personId + "/send-cards",
                Map.of("why", "COPY_ASKED", "how", "EMAIL", "email", email.id.toString(), "language", "en"));

        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.header("Location")).endsWith("/helpdesk/people/" + personId + "?done=cards-emailed");
        MailMessage mail = awaitMailTo(email.value);
        assertThat(mail.getSubject()).contains("health cards");
        assertThat(mail.getText()).contains(".smart-health-card").doesNotContain(registryId);
        List<MailAttachment> attachments = mail.getAttachment();
        assertThat(attachments).extracting(MailAttachment::getContentType)
                .containsExactly("application/smart-health-card", "application/pdf");
        assertThat(attachments.get(0).getName()).endsWith(".smart-health-card");
        JsonNode file = new ObjectMapper().readTree(attachments.get(0).getData().getBytes());
        assertThat(file.path("verifiableCredential")).isNotEmpty().allSatisfy(jws -> assertThat(
                verifier.verify(jws.asText(), Instant.now()).valid()).isTrue());
        try (PDDocument pdf = PdfInspection.load(attachments.get(1).getData().getBytes())) {
            assertThat(PdfInspection.text(pdf)).contains(familyName(personId));
            assertThat(PdfInspection.scanQrCodes(pdf, 0, 300)).isNotEmpty();
        }
        AuditEvent event = AuditTrail.by(username, AuditAction.STAFF_CARD_EMAILED).get(0);
        assertThat(event.subjectPersonId).isEqualTo(personId);
        assertThat(event.actorRole).isEqualTo("AGENT");
        assertThat(event.reason).isEqualTo("COPY_ASKED");
        assertThat(event.ticket).isEqualTo("INC-1001");
    }

    @Test
    void theEmailCanBeInSpanish() {
        Browser agent = TestStaff.signedIn(StaffRole.SUPERVISOR);
        long personId = OpenedRecords.open(agent, TestPeople.adultWithCards(), StaffReason.CALLER_VERIFICATION, null);
        Contact email = emailOf(personId);
        agent.get("/helpdesk/people/" + personId + "/send-cards");

        agent.post("/helpdesk/people/" + personId + "/send-cards",
                Map.of("why", "COPY_ASKED", "how", "EMAIL", "email", email.id.toString(), "language", "es"));

        MailMessage mail = awaitMailTo(email.value);
        assertThat(mail.getSubject()).startsWith("Sus tarjetas de salud");
        assertThat(mail.getText()).contains("Si no pidió este correo");
    }

    @Test
    void cardsGoOnlyToAnEmailOnFileOfThatPerson() {
        String username = TestStaff.create(StaffRole.AGENT);
        Browser agent = TestStaff.signIn(username);
        long personId = OpenedRecords.open(agent, TestPeople.adultWithCards(), StaffReason.CALLER_VERIFICATION, null);
        long otherId = TestPeople.idOf(TestPeople.adultWithCards());
        Contact someoneElses = emailOf(otherId);
        agent.get("/helpdesk/people/" + personId + "/send-cards");

        var refused = agent.post("/helpdesk/people/" + personId + "/send-cards",
                Map.of("why", "COPY_ASKED", "how", "EMAIL", "email", someoneElses.id.toString(), "language", "en"));
        var typedIn = agent.post("/helpdesk/people/" + personId + "/send-cards",
                Map.of("why", "COPY_ASKED", "how", "EMAIL", "email", "caller@example.org", "language", "en"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains(CardDelivery.Refusal.EMAIL_NOT_ON_FILE.message());
        assertThat(typedIn.statusCode()).isEqualTo(400);
        assertThat(queuedEmailsTo(someoneElses.value)).isZero();
        assertThat(AuditTrail.by(username, AuditAction.STAFF_CARD_EMAILED)).isEmpty();
    }

    @Test
    void withNothingOnFileThePageSaysSoAndNothingIsSent() {
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        long personId = OpenedRecords.open(agent, TestPeople.unreachable(), StaffReason.CALLER_VERIFICATION, null);

        String page = agent.get("/helpdesk/people/" + personId + "/send-cards").asString();
        var email = agent.post("/helpdesk/people/" + personId + "/send-cards",
                Map.of("why", "COPY_ASKED", "how", "EMAIL", "email", "1", "language", "en"));
        var mail = agent.post("/helpdesk/people/" + personId + "/send-cards",
                Map.of("why", "COPY_ASKED", "how", "MAIL", "language", "en"));

        assertThat(page).contains("There is no email address on file").contains("There is no mailing address on file");
        assertThat(email.statusCode()).isEqualTo(400);
        assertThat(email.asString()).contains(CardDelivery.Refusal.NO_EMAIL_ON_FILE.message());
        assertThat(mail.statusCode()).isEqualTo(400);
        assertThat(mail.asString()).contains(CardDelivery.Refusal.NO_ADDRESS.message());
        assertThat(queuedMailFor(personId)).isZero();
    }

    @Test
    void printedCardsAreQueuedOnceUntilPrinted() {
        String username = TestStaff.create(StaffRole.AGENT);
        Browser agent = TestStaff.signIn(username);
        long personId = OpenedRecords.open(agent, TestPeople.adultWithCards(), StaffReason.MAIL_REQUEST, "INC-1002");
        agent.get("/helpdesk/people/" + personId + "/send-cards");

        var queued = agent.post("/helpdesk/people/" + personId + "/send-cards",
                Map.of("why", "COPY_ASKED", "how", "MAIL", "language", "es"));
        var again = agent.post("/helpdesk/people/" + personId + "/send-cards",
                Map.of("why", "COPY_ASKED", "how", "MAIL", "language", "en"));

        assertThat(queued.statusCode()).isEqualTo(303);
        assertThat(queued.header("Location")).endsWith("?done=mail-queued");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.asString()).contains(CardDelivery.Refusal.ALREADY_QUEUED.message());
        assertThat(queuedMailFor(personId)).isEqualTo(1);
        assertThat(agent.get("/helpdesk/people/" + personId + "/send-cards").asString())
                .contains("already in the mail queue");
        MailRequest request = QuarkusTransaction.requiringNew().call(() -> MailRequest
                .<MailRequest> find("person.id = ?1", personId).singleResult());
        assertThat(request.language).isEqualTo("es");
        assertThat(request.requestedBy).isEqualTo(username);
        assertThat(request.reason).isEqualTo(StaffReason.COPY_ASKED);
        AuditEvent event = AuditTrail.by(username, AuditAction.STAFF_CARD_MAIL_QUEUED).get(0);
        assertThat(event.subjectPersonId).isEqualTo(personId);
        assertThat(event.ticket).isEqualTo("INC-1002");
    }

    @Test
    void anAdminMayNotSendCards() {
        Browser admin = TestStaff.signedIn(StaffRole.ADMIN);
        long personId = OpenedRecords.open(admin, TestPeople.adultWithCards(), StaffReason.CALLER_VERIFICATION, null);

        assertThat(admin.get("/helpdesk/people/" + personId + "/send-cards").statusCode()).isEqualTo(403);
        assertThat(admin
                .post("/helpdesk/people/" + personId + "/send-cards",
                        Map.of("why", "COPY_ASKED", "how", "MAIL", "language", "en"))
                .statusCode()).isEqualTo(403);
        assertThat(queuedMailFor(personId)).isZero();
    }

    @Test
    void aRecordNotOpenedIsNotFoundAndNoSessionGoesToSignIn() {
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        long personId = TestPeople.idOf(TestPeople.adultWithCards());

        assertThat(agent.get("/helpdesk/people/" + personId + "/send-cards").statusCode()).isEqualTo(404);
        assertThat(agent
                .post("/helpdesk/people/" + personId + "/send-cards",
                        Map.of("why", "COPY_ASKED", "how", "MAIL", "language", "en"))
                .statusCode()).isEqualTo(404);
        assertThat(agent.get("/helpdesk/people/999999999/send-cards").statusCode()).isEqualTo(404);
        var anonymous = new Browser().get("/helpdesk/people/" + personId + "/send-cards");
        assertThat(anonymous.statusCode()).isEqualTo(303);
        assertThat(anonymous.header("Location")).endsWith("/helpdesk/sign-in");
        assertThat(queuedMailFor(personId)).isZero();
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        long personId = OpenedRecords.open(agent, TestPeople.adultWithCards(), StaffReason.MAIL_REQUEST, null);

        var forged = agent.postWithoutCsrf("/helpdesk/people/" + personId + "/send-cards",
                Map.of("why", "COPY_ASKED", "how", "MAIL", "language", "en"));

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(queuedMailFor(personId)).isZero();
    }

    private MailMessage awaitMailTo(String address) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !mailbox.getMailMessagesSentTo(address).isEmpty());
        List<MailMessage> mails = mailbox.getMailMessagesSentTo(address);
        return mails.get(mails.size() - 1);
    }

    static Contact emailOf(long personId) {
        return QuarkusTransaction.requiringNew().call(() -> CardDelivery.emailsOnFile(Person.findById(personId)).get(0));
    }

    static String familyName(long personId) {
        return QuarkusTransaction.requiringNew().call(() -> Person.<Person> findById(personId).familyName);
    }

    static long queuedMailFor(long personId) {
        return QuarkusTransaction.requiringNew().call(() -> MailRequest.count("person.id = ?1", personId));
    }

    static long queuedEmailsTo(String address) {
        return Outboxes.countFor(address);
    }
}
