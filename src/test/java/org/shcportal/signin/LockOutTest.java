package org.shcportal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.TestSessions;
import org.shcportal.web.Language;
import org.shcportal.web.RegistryConfig;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A sign-in paused by the limit per details typed says so, with the time to try again, and shows the tries left,
 * the same way whether or not the details match anybody; the person they matched sees it in their access history.
 */
@QuarkusTest
@TestProfile(LockOutTest.Limits.class)
public class LockOutTest {

    /** The window of a century, as in {@link RateLimitTest}: an hour could roll over between a test's requests. */
    static final Duration WINDOW = Duration.ofDays(36500);

    /** The production limits per details and per person, and two help-desk codes per agent. */
    public static class Limits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("portal.sign-in.limits.per-ip", "1000", "portal.sign-in.limits.per-identity", "5",
                    "portal.sign-in.limits.per-contact", "5", "portal.sign-in.limits.per-details", "5",
                    "portal.sign-in.limits.help-desk-per-agent", "2", "portal.sign-in.limits.window", "P36500D");
        }
    }

    @Inject
    RegistryConfig registry;

    @BeforeEach
    void newWindow() {
        QuarkusTransaction.requiringNew().run(() -> Arc.container().select(EntityManager.class).get()
                .createNativeQuery("DELETE FROM rate_limit_counter").executeUpdate());
    }

    @Test
    void theSixthRequestForTheSameDetailsSaysWhenToTryAgainWhetherOrNotTheyMatch() {
        LocalDate born = LocalDate.of(1979, 5, 17);
        TestResidents.create("NM-LOCK-1", "Irene", "Yazzie", born,
                TestResidents.current("+15055550301", LocalDate.of(2014, 1, 1)));
        Map<String, String> match = SignInFlowTest.form("Irene", "Yazzie", born, "505 555 0301");
        Map<String, String> nobody = SignInFlowTest.form("Nadie", "Ninguno", LocalDate.of(1977, 2, 2), "505 555 0302");

        String matched = pageAfterSixRequests(match);
        String unmatched = pageAfterSixRequests(nobody);

        assertThat(matched).contains("Too many requests for these details. Try again at " + windowEnd(Language.EN)
                + ", or call the help line at <a class=\"help-phone\" href=\"tel:" + registry.helpPhoneDial() + "\">"
                + registry.helpPhone() + "</a>:");
        assertThat(matched).doesNotContain("may not match your immunization record");
        assertThat(unmatched).isEqualTo(matched);
    }

    @Test
    void aPausedSignInSaysSoInSpanish() {
        Map<String, String> nobody = SignInFlowTest.form("Nadie", "Otro", LocalDate.of(1966, 3, 3), "505 555 0303");
        Browser browser = new Browser();
        browser.setCookie("lang", "es");
        for (int i = 0; i < 6; i++) {
            SignInFlowTest.requestCode(browser, nobody);
        }

        assertThat(SignInFlowTest.codePage(browser))
                .contains("Demasiadas solicitudes con estos datos. Vuelva a intentarlo a las " + windowEnd(Language.ES));
    }

    @Test
    void theTriesLeftAreTheSameWhetherOrNotACodeWasSent() {
        LocalDate born = LocalDate.of(1988, 9, 30);
        TestResidents.create("NM-LOCK-2", "Tomas", "Begay", born,
                TestResidents.current("+15055550304", LocalDate.of(2014, 1, 1)));
        Browser withCode = new Browser();
        Browser without = new Browser();
        for (int i = 0; i < 3; i++) {
            SignInFlowTest.requestCode(withCode, SignInFlowTest.form("Tomas", "Begay", born, "505 555 0304"));
            SignInFlowTest.requestCode(without, SignInFlowTest.form("Tomas", "Begai", born, "505 555 0305"));
        }

        String page = SignInFlowTest.codePage(withCode);

        assertThat(page).contains("2 tries left this hour");
        assertThat(SignInFlowTest.codePage(without)).isEqualTo(page);
    }

    @Test
    void aSendANewCodeOverTheLimitPausesTheSignInAndTheResidentSeesItOnceInTheirHistory() {
        LocalDate born = LocalDate.of(1993, 12, 1);
        TestResidents.create("NM-LOCK-3", "Clara", "Tsosie", born,
                TestResidents.current("+15055550306", LocalDate.of(2014, 1, 1)));
        Browser browser = new Browser();
        for (int i = 0; i < 4; i++) {
            SignInFlowTest.requestCode(browser, SignInFlowTest.form("Clara", "Tsosie", born, "505 555 0306"));
        }
        browser.post("/sign-in/resend", Map.of());
        browser.post("/sign-in/resend", Map.of());
        browser.post("/sign-in/resend", Map.of());

        assertThat(SignInFlowTest.codePage(browser)).contains("Too many requests for these details");
        Browser resident = new Browser();
        resident.setCookie(TestSessions.COOKIE, TestSessions.signIn("NM-LOCK-3"));
        String history = resident.get("/account/history").asString();
        String row = "Someone tried to sign in as you several times; sign-in was paused until";
        assertThat(history).containsOnlyOnce(row);
    }

    private String pageAfterSixRequests(Map<String, String> form) {
        Browser browser = new Browser();
        for (int i = 0; i < 6; i++) {
            SignInFlowTest.requestCode(browser, form);
        }
        return SignInFlowTest.codePage(browser);
    }

    /** The end of the current counting window, as the code page tells the time in the registry's time zone. */
    private String windowEnd(Language language) {
        long length = WINDOW.toMillis();
        long now = System.currentTimeMillis();
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language.locale())
                .withZone(registry.timeZone()).format(Instant.ofEpochMilli(now - now % length + length));
    }
}
