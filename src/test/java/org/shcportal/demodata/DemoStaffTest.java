package org.shcportal.demodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.shcportal.audit.Actor;
import org.shcportal.database.DatabaseAvailability.SchemaReady;
import org.shcportal.fixtures.Browser;
import org.shcportal.staff.StaffAccount;
import org.shcportal.staff.StaffAccounts;
import org.shcportal.staff.StaffRole;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The demo portal (the tests' database has the demo dataset) starts with its help-desk accounts, which sign in with
 * the password the README publishes; the accounts and that password never reach a configured (production) database.
 */
@QuarkusTest
class DemoStaffTest {

    private static final List<String> USERNAMES = List.of("admin", "agent", "supervisor", "supervisor2");

    @Inject
    DemoStaff demoStaff;

    @Test
    void theDemoPortalStartsWithOneAccountPerRoleAndASecondSupervisor() {
        assertThat(demoAccounts()).extracting(account -> account.username, account -> account.role).containsExactly(
                tuple("admin", StaffRole.ADMIN), tuple("agent", StaffRole.AGENT),
                tuple("supervisor", StaffRole.SUPERVISOR), tuple("supervisor2", StaffRole.SUPERVISOR));
    }

    @Test
    void eachDemoAccountSignsInWithThePublishedPassword() {
        for (String username : USERNAMES) {
            Browser browser = new Browser();
            browser.get("/helpdesk/sign-in");

            Response signedIn = browser.post("/helpdesk/sign-in",
                    Map.of("username", username, "password", DemoStaff.PASSWORD));

            assertThat(signedIn.statusCode()).as(username).isEqualTo(303);
            assertThat(signedIn.header("Location")).as(username).endsWith("/helpdesk");
        }
    }

    @Test
    void startingAgainNeitherDuplicatesNorResetsAnAccount() {
        List<StaffAccount> before = demoAccounts();

        demoStaff.onSchemaReady(new SchemaReady());

        assertThat(demoAccounts()).hasSize(USERNAMES.size())
                .extracting(account -> account.id, account -> account.role, account -> account.passwordHash,
                        account -> account.createdAt)
                .containsExactlyElementsOf(before.stream()
                        .map(account -> tuple(account.id, account.role, account.passwordHash, account.createdAt))
                        .toList());
    }

    @Test
    void withoutTheDemoDatasetNoAccountIsLookedUpOrCreated() {
        List<String> calls = new ArrayList<>();
        DemoStaff configuredDatabase = new DemoStaff();
        configuredDatabase.enabled = false;
        configuredDatabase.accounts = new StaffAccounts() {

            @Override
            public Optional<StaffAccount> findByUsername(String username) {
                calls.add("find " + username);
                return Optional.empty();
            }

            @Override
            public StaffAccount create(String username, StaffRole role, String password, Actor by) {
                calls.add("create " + username);
                return new StaffAccount();
            }
        };

        configuredDatabase.onSchemaReady(new SchemaReady());

        assertThat(calls).isEmpty();
    }

    private static List<StaffAccount> demoAccounts() {
        return QuarkusTransaction.requiringNew()
                .call(() -> StaffAccount.<StaffAccount> list("username in ?1 order by username", USERNAMES));
    }
}
