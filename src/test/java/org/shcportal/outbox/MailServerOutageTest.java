package org.shcportal.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shcportal.audit.StaffReason;
import org.shcportal.carddelivery.CardDelivery;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.OpenedRecords;
import org.shcportal.fixtures.Outboxes;
import org.shcportal.fixtures.TestPeople;
import org.shcportal.fixtures.TestStaff;
import org.shcportal.outbox.OutboundMessage.Status;
import org.shcportal.registry.Person;
import org.shcportal.staff.StaffRole;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The mail server down for half an hour, with a real SMTP server: sign-in codes and a card email wait in the outbox
 * through many failed tries, and each is delivered once when the server is back. The retry schedule is the
 * production one ({@link DeliveryConfig}: 20 tries, 30 s doubling up to 5 minutes) run 200 times faster, so the 9 s
 * outage here stands for 30 minutes.
 */
@QuarkusTest
@TestProfile(MailServerOutageTest.MailServerDown.class)
class MailServerOutageTest {

    /** How much faster than in production the retry schedule runs. */
    static final int SPEED_UP = 200;
    static final Duration OUTAGE = Duration.ofMinutes(30).dividedBy(SPEED_UP);
    /** Once the server is back: the longest wait between tries (1.5 s here), the worker's poll (1 s), and margin. */
    static final Duration DELIVERY_BOUND = Duration.ofSeconds(10);
    static final int RESIDENTS = 3;
    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");

    /** Set by {@link MailServerResource}; down until the test starts it. */
    MailServer mailServer;

    @AfterEach
    void stopMailServer() {
        mailServer.stop();
    }

    @Test
    void messagesQueuedWhileTheMailServerIsDownAreEachDeliveredOnceWhenItIsBack() {
        List<Resident> residents = distinctResidents(RESIDENTS + 1);
        Instant outageStarted = Instant.now();
        List<Browser> browsers = new ArrayList<>();
        for (Resident resident : residents.subList(0, RESIDENTS)) {
            Browser browser = new Browser();
            Response requested = requestCode(browser, resident);
            assertThat(requested.statusCode()).isEqualTo(303);
            assertThat(requested.header("Location")).endsWith("/sign-in/code");
            browsers.add(browser);
        }
        Resident cardRecipient = residents.get(RESIDENTS);
        assertThat(emailCards(cardRecipient).header("Location")).endsWith("?done=cards-emailed");
        List<String> recipients = residents.stream().map(Resident::email).toList();

        Awaitility.await().atMost(OUTAGE.plusSeconds(20)).pollInterval(Duration.ofMillis(200)).until(
                () -> Instant.now().isAfter(outageStarted.plus(OUTAGE)) && recipients.stream()
                        .allMatch(to -> rowTo(to).attempts >= 3));
        for (String to : recipients) {
            OutboundMessage waiting = rowTo(to);
            assertThat(waiting.status).as("message to resident %d", recipients.indexOf(to)).isEqualTo(Status.PENDING);
            assertThat(waiting.lastError).isNotNull();
            assertThat(mailServer.receivedBy(to)).isEmpty();
        }
        List<Integer> tries = recipients.stream().map(to -> rowTo(to).attempts).sorted().toList();
        Map<String, String> queuedCodes = new HashMap<>();
        residents.subList(0, RESIDENTS).forEach(r -> queuedCodes.put(r.email(), Outboxes.lastCodeFor(r.email()).get()));

        mailServer.start();
        Instant back = Instant.now();
        Awaitility.await().atMost(DELIVERY_BOUND).pollInterval(Duration.ofMillis(100))
                .until(() -> recipients.stream().allMatch(to -> rowTo(to).status == Status.SENT));
        Duration deliveredWithin = Duration.between(back, Instant.now());
        // Two more runs of the worker: nothing is sent a second time.
        sleep(Duration.ofSeconds(2));

        for (int i = 0; i < RESIDENTS; i++) {
            String to = recipients.get(i);
            List<MimeMessage> received = mailServer.receivedBy(to);
            assertThat(received).as("emails to resident %d", i).hasSize(1);
            String code = codeIn(MailServer.text(received.get(0)));
            assertThat(code).isEqualTo(queuedCodes.get(to));
            Response signedIn = browsers.get(i).post("/sign-in/code", Map.of("code", code));
            assertThat(signedIn.header("Location")).endsWith("/account");
        }
        List<MimeMessage> cards = mailServer.receivedBy(cardRecipient.email());
        assertThat(cards).hasSize(1);
        assertThat(MailServer.attachments(cards.get(0))).isEqualTo(2);
        assertThat(deliveredWithin).isLessThan(DELIVERY_BOUND);
        System.out.printf("Mail server down for %s (30 minutes at %d times the speed): %d to %d tries per message, none"
                + " given up; each of %d delivered once, all %d ms after the server was back%n", OUTAGE, SPEED_UP,
                tries.get(0), tries.get(tries.size() - 1), recipients.size(), deliveredWithin.toMillis());
    }

    /** A resident of the demo registry with an email on file, as they type themselves into the sign-in form. */
    record Resident(String registryId, String givenName, String familyName, LocalDate born, String email,
            long emailId) {
    }

    private static List<Resident> distinctResidents(int count) {
        List<Resident> residents = new ArrayList<>();
        while (residents.size() < count) {
            Resident next = resident(TestPeople.adultWithCards());
            boolean emailTaken = residents.stream().anyMatch(r -> r.email().equals(next.email()));
            if (!emailTaken && Outboxes.countFor(next.email()) == 0) {
                residents.add(next);
            }
        }
        return residents;
    }

    private static Resident resident(String registryId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Person person = Person.findByRegistryId(registryId).orElseThrow();
            var email = CardDelivery.emailsOnFile(person).get(0);
            return new Resident(registryId, person.givenName, person.familyName, person.birthDate,
                    email.value.toLowerCase(), email.id);
        });
    }

    private static Response requestCode(Browser browser, Resident resident) {
        Map<String, String> form = new HashMap<>();
        form.put("givenName", resident.givenName());
        form.put("familyName", resident.familyName());
        form.put("birthMonth", Integer.toString(resident.born().getMonthValue()));
        form.put("birthDay", Integer.toString(resident.born().getDayOfMonth()));
        form.put("birthYear", Integer.toString(resident.born().getYear()));
        form.put("contact", resident.email());
        form.put("attest", "yes");
        browser.get("/sign-in");
        return browser.post("/sign-in", form);
    }

    private static Response emailCards(Resident resident) {
        Browser agent = TestStaff.signedIn(StaffRole.AGENT);
        long personId = OpenedRecords.open(agent, resident.registryId(), StaffReason.CALLER_VERIFICATION, "INC-2001");
        agent.get("/helpdesk/people/" + personId + "/send-cards");
        return agent.post("/helpdesk/people/" + personId + "/send-cards", Map.of("why", "COPY_ASKED", "how", "EMAIL",
                "email", Long.toString(resident.emailId()), "language", "en"));
    }

    private static OutboundMessage rowTo(String recipient) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<OutboundMessage> rows = OutboundMessage.list("recipient", recipient);
            assertThat(rows).hasSize(1);
            return rows.get(0);
        });
    }

    private static String codeIn(String text) {
        Matcher code = CODE.matcher(text);
        assertThat(code.find()).as("a code in the email").isTrue();
        return code.group(1);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The production retry schedule, {@link #SPEED_UP} times faster, and a real mail server. */
    public static class MailServerDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("portal.delivery.retry-delay", Duration.ofSeconds(30).dividedBy(SPEED_UP).toMillis() + "ms",
                    "portal.delivery.max-retry-delay", Duration.ofMinutes(5).dividedBy(SPEED_UP).toMillis() + "ms");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(MailServerResource.class));
        }
    }
}
