package org.shcportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shcportal.fixtures.TestSessions;
import org.shcportal.fixtures.TestStaff;
import org.shcportal.staff.StaffRole;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SelectOption;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The help desk in a real browser (Debian's Chromium): an agent signs in, finds NM-000001 by registry id, opens the
 * record with a reason and a ticket and asks for the cards to be revoked and reissued; a second person, a
 * supervisor, approves it; the resident's access history then tells both. No serious accessibility violation on any
 * staff page. Screenshots go to {@code target/screenshots/}.
 */
@QuarkusTest
class HelpdeskJourneyTest {

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

    @Test
    void anAgentFindsARecordWithAReasonAndASupervisorApprovesTheRevocationTheResidentSeesIt() {
        String agent = TestStaff.create(StaffRole.AGENT);
        String supervisor = TestStaff.create(StaffRole.SUPERVISOR);
        Page page = chromium.desktop();

        signIn(page, agent);
        checkAccessibility(page, "51-helpdesk-search");
        page.locator("#registryId").fill("NM-000001");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        String results = page.locator("main").innerText();
        assertThat(results).contains("John B. Anyperson", "•").doesNotContain("505-555-0101",
                "john.anyperson@example.com");
        checkAccessibility(page, "52-helpdesk-results");
        page.locator("select[name=reason]").first().selectOption(new SelectOption()
                .setLabel("Replacing or revoking cards"));
        page.locator("input[name=ticket]").first().fill("INC-4242");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open record of John B. Anyperson"))
                .click();
        assertThat(page.locator("h1").innerText()).contains("John B. Anyperson");
        assertThat(page.locator("main").innerText()).contains("Replacing or revoking cards", "INC-4242");
        checkAccessibility(page, "53-helpdesk-person");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Revoke and reissue cards")).click();
        page.getByLabel("Lost or stolen wallet, phone or printed card").check();
        page.locator("#note").fill("Caller's phone with the printed card was stolen.");
        checkAccessibility(page, "54-helpdesk-revocation-request");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send for approval")).click();
        assertThat(page.locator(".notice").innerText()).isNotBlank();
        signOut(page);

        signIn(page, supervisor);
        page.navigate(url("/helpdesk/changes"));
        assertThat(page.locator("main").innerText()).contains(agent);
        checkAccessibility(page, "55-helpdesk-approvals");
        Locator request = page.locator("li.change-item").filter(new Locator.FilterOptions().setHasText(agent));
        request.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve")).click();
        assertThat(page.locator(".notice").innerText()).isNotBlank();
        assertThat(request.count()).isZero();
        signOut(page);

        Page resident = chromium.desktop();
        resident.context().addCookies(List.of(new Cookie(TestSessions.COOKIE, TestSessions.signIn("NM-000001"))
                .setDomain("localhost").setPath("/").setSecure(true).setHttpOnly(true)));
        resident.navigate(url("/account/history"));
        String history = resident.locator("main").innerText();
        assertThat(history).contains("A help-desk agent", "A help-desk supervisor", "Opened your record",
                "Reason given: Replacing or revoking cards", "Revoked the cards issued to you until then",
                "Reason given: Lost or stolen wallet, phone or printed card",
                "Issued new cards for you");
        checkAccessibility(resident, "56-resident-history-after-help-desk");
    }

    @Test
    void everyOtherStaffPageHasNoSeriousAccessibilityViolation() {
        Page page = chromium.desktop();
        signIn(page, TestStaff.create(StaffRole.SUPERVISOR));
        for (String path : List.of("/helpdesk/corrections", "/helpdesk/mail", "/helpdesk/audit",
                "/helpdesk/account", "/helpdesk/account/two-step")) {
            page.navigate(url(path));
            checkAccessibility(page, "6" + path.replace("/helpdesk/", "-").replace('/', '-'));
        }
        signOut(page);
        signIn(page, TestStaff.create(StaffRole.ADMIN));
        for (String path : List.of("/helpdesk/staff", "/helpdesk/staff/new", "/helpdesk/feed")) {
            page.navigate(url(path));
            checkAccessibility(page, "7" + path.replace("/helpdesk/", "-").replace('/', '-'));
        }
    }

    private void signIn(Page page, String username) {
        page.navigate(url("/helpdesk/sign-in"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(TestStaff.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.url()).matches(".*/helpdesk(/staff)?");
    }

    private static void signOut(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.url()).endsWith("/helpdesk/sign-in");
    }

    private static void checkAccessibility(Page page, String name) {
        Chromium.screenshot(page, name);
        assertThat(Chromium.accessibilityViolations(page)).as("axe-core on " + page.url()).isEmpty();
    }

    private String url(String path) {
        return portal.toString().replaceAll("/$", "") + path;
    }
}
