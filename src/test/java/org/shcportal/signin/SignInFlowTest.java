package org.shcportal.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shcportal.fixtures.TestPeople.idOf;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shcportal.audit.AuditAction;
import org.shcportal.fixtures.AuditTrail;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.Outboxes;
import org.shcportal.fixtures.TestSessions;
import org.shcportal.registry.Contact;
import org.shcportal.registry.Immunization;
import org.shcportal.registry.Person;
import org.shcportal.sessions.Tokens;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class SignInFlowTest {

    static final String JOHN_PHONE = "+15055550101";
    static final String TWINS_EMAIL = "twins.garcia-yazzie@example.org";
    static final LocalDate TWINS_BORN = LocalDate.of(2012, 7, 4);
    static final LocalDate SAM_DOSE = LocalDate.of(2021, 11, 20);
    static final LocalDate ALEX_DOSE = LocalDate.of(2021, 11, 27);

    @BeforeAll
    static void twinsWhoShareNameBirthDateAndEmail() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (Person.count("familyName", "Garcia-Yazzie") == 0) {
                twin("NM-TWIN-1", SAM_DOSE);
                twin("NM-TWIN-2", ALEX_DOSE);
            }
        });
    }

    @Test
    void aMatchSendsACodeToTheContactAndTheCodeSignsIn() {
        Browser browser = new Browser();
        long before = Outboxes.countFor(JOHN_PHONE);

        Response requested = requestCode(browser, john("(505) 555-0101"));

        assertThat(requested.statusCode()).isEqualTo(303);
        assertThat(requested.header("Location")).endsWith("/sign-in/code");
        assertThat(Outboxes.countFor(JOHN_PHONE)).isEqualTo(before + 1);
        assertThat(Outboxes.lastBodyFor(JOHN_PHONE)).get().asString().contains("expires at");
        Response codePage = browser.get("/sign-in/code");
        assertThat(codePage.asString()).contains("If your details match our records", "get a code?",
                "1-800-555-0199");

        Response signedIn = browser.post("/sign-in/code", Map.of("code", Outboxes.lastCodeFor(JOHN_PHONE).orElseThrow()));

        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.header("Location")).endsWith("/account");
        assertThat(signedIn.getHeaders().getValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith(TestSessions.COOKIE + "=").contains("HttpOnly", "Secure", "SameSite=Strict"));
        assertThat(browser.get("/account").asString()).contains("Signed in as John Anyperson");
        assertThat(AuditTrail.lastOf(AuditAction.SIGNED_IN).subjectPersonId).isEqualTo(idOf("NM-000001"));
    }

    @Test
    void matchingIgnoresCaseAccentsSpacesAndUsesEveryContactOnRecord() {
        Browser browser = new Browser();
        long before = Outboxes.countFor("ines.martinez@example.net");
        Map<String, String> form = form("  INES ", "martinez chavez", LocalDate.of(1979, 12, 3), "Ines.Martinez@Example.NET");

        requestCode(browser, form);

        assertThat(Outboxes.countFor("ines.martinez@example.net")).isEqualTo(before + 1);
    }

    @Test
    void noMatchAnswersExactlyLikeAMatchAndSendsNothing() {
        Browser matched = new Browser();
        Browser unknown = new Browser();
        long before = Outboxes.countFor("+15055550199");

        Response first = requestCode(matched, john(JOHN_PHONE));
        Response second = requestCode(unknown, form("John", "Anyperson", LocalDate.of(1951, 1, 20), "505 555 0199"));

        assertThat(second.statusCode()).isEqualTo(first.statusCode());
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        // The tries left count what was typed before, in other tests too; that they do not depend on a match is
        // LockOutTest's to show.
        assertThat(triesLeftAsN(unknown.get("/sign-in/code").asString())).isEqualTo(triesLeftAsN(matched
                .get("/sign-in/code").asString().replace(matched.cookie("csrf-token"), unknown.cookie("csrf-token"))));
        assertThat(Outboxes.countFor("+15055550199")).isEqualTo(before);
        Response wrong = unknown.post("/sign-in/code", Map.of("code", "123456"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.asString()).contains("That code is not right");
    }

    @Test
    void anOldPhoneFindsThePersonButTheCodeGoesOnlyToTheNewestContactOnFileAndThePageIsTheSameForAll() {
        TestResidents.create("NM-OLDPHONE-1", "Carmen", "Oldphone", LocalDate.of(1975, 6, 1),
                TestResidents.removed("+15055550170", LocalDate.of(2004, 1, 1), LocalDate.of(2011, 5, 1)),
                TestResidents.current("carmen.oldphone@example.org", LocalDate.of(2012, 2, 1)),
                TestResidents.current("+15055550171", LocalDate.of(2016, 3, 1)));
        long before = Outboxes.countFor("+15055550171");
        Browser oldPhone = new Browser();
        Browser currentPhone = new Browser();
        Browser nobody = new Browser();

        requestCode(oldPhone, form("Carmen", "Oldphone", LocalDate.of(1975, 6, 1), "505 555 0170"));

        assertThat(Outboxes.countFor("+15055550170")).isZero();
        assertThat(Outboxes.countFor("carmen.oldphone@example.org")).isZero();
        assertThat(Outboxes.countFor("+15055550171")).isEqualTo(before + 1);
        String oldPhonePage = codePage(oldPhone);
        Response signedIn = oldPhone.post("/sign-in/code",
                Map.of("code", Outboxes.lastCodeFor("+15055550171").orElseThrow()));
        assertThat(signedIn.header("Location")).endsWith("/account");
        assertThat(AuditTrail.lastOf(AuditAction.SIGNED_IN).subjectPersonId).isEqualTo(idOf("NM-OLDPHONE-1"));

        requestCode(currentPhone, form("Carmen", "Oldphone", LocalDate.of(1975, 6, 1), "505 555 0171"));
        requestCode(nobody, form("Carmen", "Oldphone", LocalDate.of(1975, 6, 2), "505 555 0170"));

        assertThat(Outboxes.countFor("+15055550171")).isEqualTo(before + 2);
        assertThat(oldPhonePage).contains("we sent a 6-digit code to the phone or email we have on file for you")
                .isEqualTo(codePage(currentPhone)).isEqualTo(codePage(nobody));
    }

    @Test
    void aPersonWhoseContactsWereAllRemovedGetsNoCodeAndTheSamePageAsNoMatch() {
        TestResidents.create("NM-OLDPHONE-2", "Tomas", "Nophone", LocalDate.of(1968, 10, 9),
                TestResidents.removed("+15055550172", LocalDate.of(2003, 1, 1), LocalDate.of(2011, 1, 1)),
                TestResidents.removed("tomas.nophone@example.org", LocalDate.of(2003, 1, 1), LocalDate.of(2014, 1, 1)));
        Browser matched = new Browser();
        Browser nobody = new Browser();

        requestCode(matched, form("Tomas", "Nophone", LocalDate.of(1968, 10, 9), "505 555 0172"));
        requestCode(nobody, form("Tomas", "Nophone", LocalDate.of(1968, 10, 8), "505 555 0172"));

        assertThat(Outboxes.countFor("+15055550172")).isZero();
        assertThat(Outboxes.countFor("tomas.nophone@example.org")).isZero();
        assertThat(codePage(matched)).isEqualTo(codePage(nobody));
        assertThat(matched.post("/sign-in/code", Map.of("code", "123456")).asString())
                .contains("That code is not right");
    }

    @Test
    void theCsrfCookieIsNotSentWithFormsFromOtherSites() {
        Response page = new Browser().get("/sign-in");

        assertThat(page.getHeaders().getValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("csrf-token=").contains("Secure", "SameSite=Lax"));
    }

    @Test
    void severalMatchesAskForTheDateOfADoseAndNeverPickTheFirst() {
        Browser browser = new Browser();
        long before = Outboxes.countFor(TWINS_EMAIL);

        Response requested = requestCode(browser, form("Sam", "Garcia-Yazzie", TWINS_BORN, TWINS_EMAIL));

        assertThat(requested.header("Location")).endsWith("/sign-in/dose-date");
        assertThat(Outboxes.countFor(TWINS_EMAIL)).isEqualTo(before);
        assertThat(browser.get("/sign-in/code").header("Location")).endsWith("/sign-in/dose-date");
        assertThat(browser.get("/sign-in/dose-date").asString()).contains("date of any one vaccination");

        Response narrowed = browser.post("/sign-in/dose-date", date("dose", ALEX_DOSE));

        assertThat(narrowed.header("Location")).endsWith("/sign-in/code");
        assertThat(Outboxes.countFor(TWINS_EMAIL)).isEqualTo(before + 1);
        browser.post("/sign-in/code", Map.of("code", Outboxes.lastCodeFor(TWINS_EMAIL).orElseThrow()));
        assertThat(AuditTrail.lastOf(AuditAction.SIGNED_IN).subjectPersonId).isEqualTo(idOf("NM-TWIN-2"));
    }

    @Test
    void aDoseDateNeitherTwinHadSendsNothingAndCannotBeRetried() {
        Browser browser = new Browser();
        long before = Outboxes.countFor(TWINS_EMAIL);
        requestCode(browser, form("Sam", "Garcia-Yazzie", TWINS_BORN, TWINS_EMAIL));

        Response narrowed = browser.post("/sign-in/dose-date", date("dose", LocalDate.of(2020, 1, 1)));

        assertThat(narrowed.header("Location")).endsWith("/sign-in/code");
        assertThat(browser.get("/sign-in/dose-date").header("Location")).endsWith("/sign-in/code");
        assertThat(Outboxes.countFor(TWINS_EMAIL)).isEqualTo(before);
    }

    @Test
    void fiveWrongCodesSpendTheCode() {
        Browser browser = new Browser();
        requestCode(browser, john(JOHN_PHONE));
        String code = Outboxes.lastCodeFor(JOHN_PHONE).orElseThrow();
        String wrong = code.equals("000000") ? "111111" : "000000";

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(browser.post("/sign-in/code", Map.of("code", wrong)).asString()).contains("That code is not right");
        }
        assertThat(browser.post("/sign-in/code", Map.of("code", wrong)).asString()).contains("can no longer be used");
        Response right = browser.post("/sign-in/code", Map.of("code", code));

        assertThat(right.statusCode()).isEqualTo(400);
        assertThat(right.asString()).contains("can no longer be used");
        assertThat(browser.cookie(TestSessions.COOKIE)).isNull();
    }

    @Test
    void anExpiredCodeDoesNotSignIn() {
        Browser browser = new Browser();
        requestCode(browser, john(JOHN_PHONE));
        String code = Outboxes.lastCodeFor(JOHN_PHONE).orElseThrow();
        update("UPDATE sign_in_code SET expires_at = now() - interval '1 second' WHERE contact_value = ?1", JOHN_PHONE);

        Response entered = browser.post("/sign-in/code", Map.of("code", code));

        assertThat(entered.statusCode()).isEqualTo(400);
        assertThat(entered.asString()).contains("has expired");
    }

    @Test
    void resendReplacesTheCode() {
        Browser browser = new Browser();
        requestCode(browser, john("john.anyperson@example.com"));
        String first = Outboxes.lastCodeFor("john.anyperson@example.com").orElseThrow();
        browser.get("/sign-in/code");

        Response resent = browser.post("/sign-in/resend", Map.of());

        assertThat(resent.header("Location")).endsWith("/sign-in/code?resent=1");
        assertThat(browser.get("/sign-in/code?resent=1").asString()).contains("we sent a new code");
        String second = Outboxes.lastCodeFor("john.anyperson@example.com").orElseThrow();
        if (!second.equals(first)) {
            assertThat(browser.post("/sign-in/code", Map.of("code", first)).statusCode()).isEqualTo(400);
        }
        assertThat(browser.post("/sign-in/code", Map.of("code", second)).header("Location")).endsWith("/account");
    }

    @Test
    void theCodeIsStoredOnlyAsAKeyedHash() {
        Browser browser = new Browser();
        requestCode(browser, john(JOHN_PHONE));
        String code = Outboxes.lastCodeFor(JOHN_PHONE).orElseThrow();

        List<?> hashes = query("SELECT code_hash FROM sign_in_code WHERE contact_value = ?1", JOHN_PHONE);

        assertThat(hashes).hasSize(1);
        assertThat((String) hashes.get(0)).hasSize(64).doesNotContain(code);
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRejectedAndChangesNothing() {
        Browser browser = new Browser();
        browser.get("/sign-in");
        long before = Outboxes.countFor(JOHN_PHONE);

        Response forged = browser.postWithoutCsrf("/sign-in", john(JOHN_PHONE));

        assertThat(forged.statusCode()).isBetween(400, 499);
        assertThat(Outboxes.countFor(JOHN_PHONE)).isEqualTo(before);
    }

    @Test
    void badInputIsExplainedNextToEachFieldAndNothingButTheAuditIsStored() {
        Browser browser = new Browser();
        browser.get("/sign-in");
        long challenges = count("SELECT count(*) FROM sign_in_challenge");
        Map<String, String> form = new HashMap<>();
        form.put("givenName", "x".repeat(500));
        form.put("familyName", "Robert'); DROP TABLE person;-- <script>alert(1)</script>");
        form.put("birthMonth", "2");
        form.put("birthDay", "30");
        form.put("birthYear", "1990");
        form.put("contact", "😀 not a phone");

        Response refused = browser.post("/sign-in", form);

        assertThat(refused.statusCode()).isEqualTo(400);
        String page = refused.asString();
        assertThat(page).contains("There is a problem", "The name must be 100 characters or fewer",
                "The name can only contain letters", "The date of birth must be a real date",
                "Enter a phone number like 505-555-0101", "Confirm that you are this person")
                .contains("aria-invalid=\"true\"", "aria-describedby=\"familyName-hint familyName-error\"",
                        "href=\"#givenName\"")
                .doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
        assertThat(count("SELECT count(*) FROM sign_in_challenge")).isEqualTo(challenges);
        assertThat(AuditTrail.lastOf(AuditAction.SIGN_IN_INVALID)).isNotNull();
    }

    @Test
    void aBirthDateInTheFutureIsRefused() {
        Browser browser = new Browser();
        browser.get("/sign-in");

        Response refused = browser.post("/sign-in", form("John", "Anyperson", LocalDate.now().plusDays(2), JOHN_PHONE));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("The date of birth must be in the past");
    }

    @Test
    void missingFieldsAreEachNamed() {
        Browser browser = new Browser();
        browser.get("/sign-in");

        Response refused = browser.post("/sign-in", Map.of());

        assertThat(refused.asString()).contains("Enter your legal first name", "Enter your legal last name",
                "Enter your date of birth", "Enter a mobile phone number or an email address");
    }

    @Test
    void aSessionEndsAfterFifteenIdleMinutes() {
        Browser browser = signedInAs("NM-000001");
        assertThat(browser.get("/account").statusCode()).isEqualTo(200);

        update("UPDATE resident_session SET last_seen_at = now() - interval '16 minutes' WHERE token_hash = ?1",
                Tokens.hash(browser.cookie(TestSessions.COOKIE)));

        Response expired = browser.get("/account");
        assertThat(expired.statusCode()).isEqualTo(303);
        assertThat(expired.header("Location")).endsWith("/sign-in?ended=1");
    }

    @Test
    void aRequestKeepsTheSessionAliveForAnotherFifteenMinutes() {
        Browser browser = signedInAs("NM-000001");
        String hash = Tokens.hash(browser.cookie(TestSessions.COOKIE));
        update("UPDATE resident_session SET last_seen_at = now() - interval '10 minutes' WHERE token_hash = ?1", hash);

        assertThat(browser.get("/account").statusCode()).isEqualTo(200);

        assertThat(query("SELECT id FROM resident_session WHERE token_hash = ?1 AND last_seen_at > now() - interval '1 minute'",
                hash)).hasSize(1);
    }

    @Test
    void aSessionEndsEightHoursAfterSignInEvenWhenUsed() {
        Browser browser = signedInAs("NM-000001");

        update("UPDATE resident_session SET created_at = now() - interval '8 hours 1 minute' WHERE token_hash = ?1",
                Tokens.hash(browser.cookie(TestSessions.COOKIE)));

        assertThat(browser.get("/account").header("Location")).endsWith("/sign-in?ended=1");
    }

    @Test
    void aCopiedCookieIsWorthlessAfterSignOut() {
        Browser browser = signedInAs("NM-000001");
        String stolen = browser.cookie(TestSessions.COOKIE);
        browser.get("/account");

        Response signedOut = browser.post("/sign-out", Map.of());

        assertThat(signedOut.header("Location")).endsWith("/signed-out");
        Browser thief = new Browser();
        thief.setCookie(TestSessions.COOKIE, stolen);
        assertThat(thief.get("/account").statusCode()).isEqualTo(303);
    }

    @Test
    void housekeepingForgetsSignedOutAndTimedOutSessionsOnly() {
        Browser signedOut = signedInAs("NM-000001");
        String signedOutHash = Tokens.hash(signedOut.cookie(TestSessions.COOKIE));
        signedOut.get("/account");
        assertThat(signedOut.post("/sign-out", Map.of()).header("Location")).endsWith("/signed-out");
        Browser idle = signedInAs("NM-000001");
        String idleHash = Tokens.hash(idle.cookie(TestSessions.COOKIE));
        update("UPDATE resident_session SET last_seen_at = now() - interval '16 minutes' WHERE token_hash = ?1",
                idleHash);
        Browser live = signedInAs("NM-000001");

        QuarkusTransaction.requiringNew().run(() -> Arc.container().select(ResidentSessions.class).get().forgetEnded());

        assertThat(query("SELECT id FROM resident_session WHERE token_hash = ?1", signedOutHash)).isEmpty();
        assertThat(query("SELECT id FROM resident_session WHERE token_hash = ?1", idleHash)).isEmpty();
        assertThat(live.get("/account").statusCode()).isEqualTo(200);
    }

    @Test
    void withoutASessionTheAccountSendsToSignIn() {
        Response response = new Browser().get("/account");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith("/sign-in");
    }

    @Test
    void theSignInPageSpeaksSpanish() {
        Browser browser = new Browser();
        browser.setCookie("lang", "es");

        assertThat(browser.get("/sign-in").asString()).contains("Iniciar sesión", "Fecha de nacimiento",
                "Soy esta persona");
    }

    /** Month/Day/Year is not the order a Spanish speaker (or a visitor from abroad) reads "3 9 1984" in. */
    @Test
    void theDateHintSaysTheMonthComesFirstInBothLanguages() {
        Browser english = new Browser();
        Browser spanish = new Browser();
        spanish.setCookie("lang", "es");

        assertThat(english.get("/sign-in").asString()).contains("Month first: for example 3 9 1984 for March 9, 1984");
        assertThat(spanish.get("/sign-in").asString())
                .contains("Primero el mes: por ejemplo 3 9 1984 para el 9 de marzo de 1984");
    }

    @Test
    void theCodeMessageIsInTheLanguageOfThePage() {
        Browser browser = new Browser();
        browser.setCookie("lang", "es");

        requestCode(browser, john("john.anyperson@example.com"));

        assertThat(Outboxes.lastBodyFor("john.anyperson@example.com")).get().asString()
                .contains("Su código para iniciar sesión");
    }

    private static String triesLeftAsN(String page) {
        return page.replaceAll("<p id=\"tries-left\">[0-9]+ ", "<p id=\"tries-left\">N ");
    }

    /** Signs in through the form and the code, as a resident would. */
    static Browser signedInAs(String registryId) {
        Person person = QuarkusTransaction.requiringNew()
                .call(() -> Person.<Person> findByRegistryId(registryId).orElseThrow());
        String phone = QuarkusTransaction.requiringNew().call(() -> Contact.listHistoryOf(person).stream()
                .filter(contact -> contact.kind == Contact.Kind.PHONE).findFirst().orElseThrow().value);
        Browser browser = new Browser();
        requestCode(browser, form(person.givenName, person.familyName, person.birthDate, phone));
        browser.post("/sign-in/code", Map.of("code", Outboxes.lastCodeFor(phone).orElseThrow()));
        assertThat(browser.cookie(TestSessions.COOKIE)).isNotNull();
        return browser;
    }

    /** The code page as the browser reads it, with its own CSRF token taken out. */
    static String codePage(Browser browser) {
        return browser.get("/sign-in/code").asString().replace(browser.cookie("csrf-token"), "CSRF");
    }

    static Response requestCode(Browser browser, Map<String, String> form) {
        browser.get("/sign-in");
        return browser.post("/sign-in", form);
    }

    static Map<String, String> john(String contact) {
        return form("John", "Anyperson", LocalDate.of(1951, 1, 20), contact);
    }

    static Map<String, String> form(String given, String family, LocalDate born, String contact) {
        Map<String, String> form = new HashMap<>(date("birth", born));
        form.put("givenName", given);
        form.put("familyName", family);
        form.put("contact", contact);
        form.put("attest", "yes");
        return form;
    }

    static Map<String, String> date(String prefix, LocalDate date) {
        return Map.of(prefix + "Month", Integer.toString(date.getMonthValue()), prefix + "Day",
                Integer.toString(date.getDayOfMonth()), prefix + "Year", Integer.toString(date.getYear()));
    }

    private static void twin(String registryId, LocalDate doseDate) {
        Person person = new Person();
        person.registryId = registryId;
        person.familyName = "Garcia-Yazzie";
        person.givenName = "Sam";
        person.birthDate = TWINS_BORN;
        person.sex = Person.Sex.X;
        person.persist();
        Contact email = new Contact();
        email.person = person;
        email.kind = Contact.Kind.EMAIL;
        email.value = TWINS_EMAIL;
        email.addedOn = LocalDate.of(2012, 7, 5);
        email.persist();
        Immunization dose = new Immunization();
        dose.person = person;
        dose.cvxCode = "218";
        dose.occurrenceDate = doseDate;
        dose.status = Immunization.Status.COMPLETED;
        dose.sourceSystem = "test";
        dose.persist();
    }

    private static void update(String sql, Object parameter) {
        QuarkusTransaction.requiringNew().run(() -> entityManager().createNativeQuery(sql).setParameter(1, parameter)
                .executeUpdate());
    }

    private static List<?> query(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew()
                .call(() -> entityManager().createNativeQuery(sql).setParameter(1, parameter).getResultList());
    }

    private static long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager().createNativeQuery(sql).getSingleResult()).longValue());
    }

    private static EntityManager entityManager() {
        return Arc.container().select(EntityManager.class).get();
    }

}
