package org.shcportal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.TestStaff;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Authenticator secrets are kept encrypted: the database alone makes no codes. */
@QuarkusTest
class TwoStepSecretsTest {

    private static final Pattern SECRET = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)</code>");

    @Inject
    EntityManager entityManager;

    @Inject
    TwoStepSecretSealing sealing;

    @Test
    void theDatabaseHoldsTheSetUpAndTheConfirmedSecretEncryptedAndTheAppsCodesStillSignIn() {
        String username = TestStaff.create(StaffRole.AGENT);
        Browser browser = TestStaff.signIn(username);
        Response setUp = browser.get("/helpdesk/account/two-step");
        Matcher shown = SECRET.matcher(setUp.asString());
        assertThat(shown.find()).isTrue();
        String secret = shown.group(1).replace(" ", "");

        String pending = column(username, "pending_totp_secret");
        Instant now = Instant.now();
        assertThat(browser.post("/helpdesk/account/two-step", Map.of("code", TwoStepCodes.codeAt(secret, now)))
                .statusCode()).isEqualTo(303);
        String confirmed = column(username, "totp_secret");

        assertThat(pending).startsWith(TwoStepSecrets.PREFIX).doesNotContain(secret);
        assertThat(confirmed).startsWith(TwoStepSecrets.PREFIX).doesNotContain(secret);
        assertThat(signIn(username, TwoStepCodes.codeAt(secret, now.plusSeconds(30))).statusCode()).isEqualTo(303);
    }

    @Test
    void aSecretStoredInClearBeforeIsEncryptedAtStartAndItsCodesStillSignIn() {
        String username = TestStaff.create(StaffRole.SUPERVISOR);
        String secret = TwoStepCodes.newSecret();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "UPDATE staff_account SET totp_secret = ?1 WHERE username = ?2").setParameter(1, secret)
                .setParameter(2, username).executeUpdate());

        sealing.sealClearSecrets();

        assertThat(column(username, "totp_secret")).startsWith(TwoStepSecrets.PREFIX).doesNotContain(secret);
        assertThat(signIn(username, TwoStepCodes.codeAt(secret, Instant.now())).statusCode()).isEqualTo(303);
    }

    @Test
    void anEncryptedSecretCopiedIntoAnotherAccountsRowOpensNothing() {
        String owner = TestStaff.create(StaffRole.AGENT);
        String secret = TwoStepSetupTest.turnOnTwoStep(owner);
        String other = TestStaff.create(StaffRole.SUPERVISOR);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "UPDATE staff_account SET totp_secret = ?1 WHERE username = ?2")
                .setParameter(1, column(owner, "totp_secret")).setParameter(2, other).executeUpdate());

        Response withOwnersCode = signIn(other, TwoStepCodes.codeAt(secret, Instant.now().plusSeconds(30)));

        assertThat(withOwnersCode.statusCode()).isEqualTo(400);
    }

    private static Response signIn(String username, String code) {
        Browser browser = new Browser();
        browser.get("/helpdesk/sign-in");
        return browser.post("/helpdesk/sign-in", Map.of("username", username, "password", TestStaff.PASSWORD,
                "code", code));
    }

    private String column(String username, String column) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "SELECT " + column + " FROM staff_account WHERE username = ?1").setParameter(1, username)
                .getSingleResult());
    }
}
