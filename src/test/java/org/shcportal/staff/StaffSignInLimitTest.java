package org.shcportal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditEvent;
import org.shcportal.fixtures.AuditTrail;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.TestStaff;
import org.shcportal.signin.RateLimitTest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * One password tried against many usernames from one address (password spraying): after
 * {@code portal.staff.failed-sign-ins-per-address} failures (4 in this profile) the address is refused, even with a
 * right password, and the refusal is audited.
 */
@QuarkusTest
@TestProfile(RateLimitTest.Limits.class)
class StaffSignInLimitTest {

    @Inject
    StaffMessages messages;

    @Inject
    StaffSignIn staffSignIn;

    @Test
    void manyFailedSignInsFromOneAddressRefuseThatAddressForEveryAccount() {
        Browser browser = new Browser();
        browser.get("/helpdesk/sign-in");
        String answer = "";
        for (int attempt = 1; attempt <= 6 && !answer.contains(messages.signin_error_limited()); attempt++) {
            answer = browser.post("/helpdesk/sign-in", Map.of("username", "sprayed-" + attempt, "password",
                    "Summer2026!Summer2026!")).asString();
        }
        assertThat(answer).contains(messages.signin_error_limited());
        String username = TestStaff.create(StaffRole.AGENT);

        var rightPassword = browser.post("/helpdesk/sign-in", Map.of("username", username, "password",
                TestStaff.PASSWORD));

        assertThat(rightPassword.statusCode()).isEqualTo(400);
        assertThat(rightPassword.asString()).contains(messages.signin_error_limited());
        assertThat(browser.cookie("__Host-staff-session")).isNull();
        AuditEvent refused = AuditTrail.lastOf(AuditAction.STAFF_SIGN_IN_FAILED);
        assertThat(refused.reason).isEqualTo("RATE_LIMITED");
        assertThat(refused.actorStaff).isNull();
    }

    /**
     * A burst of simultaneous wrong sign-ins from one address: the count is raised before the decision, so no more
     * than the limit of them reach a password check. Run outside a web request, the attempts share the address of no
     * request, a bucket no other test fills.
     */
    @Test
    void aBurstFromOneAddressGetsNoMorePasswordChecksThanTheLimit() throws Exception {
        int burst = 12;
        ExecutorService pool = Executors.newFixedThreadPool(burst);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<StaffSignIn.Result>> attempts = new ArrayList<>();
        for (int i = 0; i < burst; i++) {
            String username = "burst-" + i;
            attempts.add(pool.submit(() -> {
                start.await();
                return staffSignIn.signIn(username, "Winter2026!Winter2026!", "").result();
            }));
        }
        start.countDown();
        List<StaffSignIn.Result> results = new ArrayList<>();
        for (Future<StaffSignIn.Result> attempt : attempts) {
            results.add(attempt.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(results).filteredOn(result -> result == StaffSignIn.Result.WRONG).hasSize(4);
        assertThat(results).filteredOn(result -> result == StaffSignIn.Result.LIMITED).hasSize(burst - 4);
    }
}
