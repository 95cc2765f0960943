package org.shcportal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.TestStaff;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Changing one's own password: long enough is not enough (NIST SP 800-63B §5.1.1.2). */
@QuarkusTest
class MyAccountPasswordTest {

    @Inject
    StaffMessages messages;

    @Test
    void aRepetitiveACommonOrAContextPasswordIsRefusedWithItsReasonAndTheOldOneStillSignsIn() {
        String username = TestStaff.create(StaffRole.AGENT);
        Browser browser = TestStaff.signIn(username);
        browser.get("/helpdesk/account");

        Response repeated = change(browser, "aaaaaaaaaaaa");
        Response agentAgain = change(browser, "agentagentagent");
        Response common = change(browser, "Password2026!");
        Response context = change(browser, "Registry-Portal-2026");
        Response ownName = change(browser, username.replaceAll("[^a-z]", "") + "!2026!2026");

        assertThat(repeated.statusCode()).isEqualTo(400);
        assertThat(repeated.asString()).contains("id=\"new-password-error\"").contains(escaped(
                messages.password_error_repetitive()));
        assertThat(agentAgain.asString()).contains(escaped(messages.password_error_repetitive()));
        assertThat(common.asString()).contains(escaped(messages.password_error_common()));
        assertThat(context.asString()).contains(escaped(messages.password_error_context()));
        assertThat(ownName.asString()).contains(escaped(messages.password_error_context()));
        TestStaff.signIn(username);
    }

    @Test
    void anUnrelatedPassphraseIsAccepted() {
        String username = TestStaff.create(StaffRole.AGENT);
        Browser browser = TestStaff.signIn(username);
        browser.get("/helpdesk/account");

        assertThat(change(browser, "otters nap beside quiet rivers").statusCode()).isEqualTo(303);
    }

    private static Response change(Browser browser, String newPassword) {
        return browser.post("/helpdesk/account/password", Map.of("current-password", TestStaff.PASSWORD,
                "new-password", newPassword, "new-password-again", newPassword));
    }

    private static String escaped(String text) {
        return text.replace("'", "&#39;");
    }
}
