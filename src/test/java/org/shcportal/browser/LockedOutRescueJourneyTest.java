package org.shcportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shcportal.fixtures.Outboxes;
import org.shcportal.fixtures.TestStaff;
import org.shcportal.signin.LockOutTest;
import org.shcportal.staff.StaffRole;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * With the real sign-in limits, in a real browser: John asks for a code six times on a phone, is told his sign-in is
 * paused and until when, calls the help desk, and signs in on the same page with the code an agent sends to his
 * email. Screenshots go to {@code target/screenshots/}.
 */
@QuarkusTest
@TestProfile(LockOutTest.Limits.class)
class LockedOutRescueJourneyTest {

    private static Chromium chromium;

    @TestHTTPResource("/")
    URL portal;

    @BeforeAll
    static void startBrowser() {
        chromium = new Chromium();
    }

    @AfterAll
    static void stopBrowser() {
        chromium.close();
    }

    @BeforeEach
    void newWindow() {
        QuarkusTransaction.requiringNew().run(() -> Arc.container().select(EntityManager.class).get()
                .createNativeQuery("DELETE FROM rate_limit_counter").executeUpdate());
    }

    @Test
    void johnIsToldHisSignInIsPausedAndSignsInWithTheCodeAnAgentSends() {
        Page resident = chromium.phone("en-US");
        for (int i = 0; i < 6; i++) {
            resident.navigate(url("/sign-in"));
            requestCode(resident);
        }
        assertThat(resident.locator("#sign-in-paused").innerText()).contains("Too many requests for these details",
                "Try again at", "call the help line");
        checkAccessibility(resident, "81-sign-in-paused");

        Page agent = chromium.desktop();
        agent.navigate(url("/helpdesk/sign-in"));
        agent.locator("#username").fill(TestStaff.create(StaffRole.AGENT));
        agent.locator("#password").fill(TestStaff.PASSWORD);
        agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        agent.locator("#registryId").fill("NM-000001");
        agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        agent.locator("select[name=reason]").first().selectOption(new SelectOption().setLabel("Help signing in"));
        agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open record of John B. Anyperson"))
                .click();
        assertThat(agent.locator("#sign-in-paused").innerText()).contains("self-service sign-in is paused until");
        assertThat(agent.locator("#sign-in-waiting").innerText()).contains("A sign-in is waiting for a code");
        checkAccessibility(agent, "82-helpdesk-paused-sign-in");
        agent.locator("label", new Page.LocatorOptions().setHasText("Email")).first().click();
        agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send a new code")).click();
        assertThat(agent.locator(".notice").first().innerText()).contains("A new sign-in code was sent");

        resident.locator("#code").fill(Outboxes.lastCodeFor("john.anyperson@example.com").orElseThrow());
        resident.locator("form[action='/sign-in/code'] button").click();
        assertThat(resident.url()).endsWith("/account");
    }

    private static void requestCode(Page page) {
        page.locator("#givenName").fill("John");
        page.locator("#familyName").fill("Anyperson");
        page.locator("#birthMonth").fill("1");
        page.locator("#birthDay").fill("20");
        page.locator("#birthYear").fill("1951");
        page.locator("#contact").fill("505-555-0101");
        page.locator("#attest").check();
        page.locator("form button[type=submit]").click();
        assertThat(page.url()).endsWith("/sign-in/code");
    }

    private static void checkAccessibility(Page page, String name) {
        Chromium.screenshot(page, name);
        assertThat(Chromium.accessibilityViolations(page)).as("axe-core on " + page.url()).isEmpty();
    }

    private String url(String path) {
        return portal.toString().replaceAll("/$", "") + path;
    }
}
