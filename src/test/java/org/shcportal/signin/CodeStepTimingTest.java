package org.shcportal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.Outboxes;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * A wrong code is answered after the steady response time, whether or not the form's details matched anybody: the
 * check of a code that was sent takes more work than finding that none was, and the answer must not tell which.
 * {@code SignInTimingBenchmark} measures the medians.
 */
@QuarkusTest
@TestProfile(CodeStepTimingTest.SteadyTime.class)
class CodeStepTimingTest {

    /** Long enough to stand out from the few milliseconds a code check takes here. */
    static final long STEADY_MILLIS = 300;

    public static class SteadyTime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("portal.sign-in.steady-response-time", STEADY_MILLIS + "ms");
        }
    }

    @Test
    void aWrongCodeIsAnsweredAfterTheSteadyTimeWhetherOrNotTheDetailsMatched() {
        Browser matched = new Browser();
        Browser unmatched = new Browser();
        assertThat(SignInFlowTest.requestCode(matched, SignInFlowTest.john(SignInFlowTest.JOHN_PHONE))
                .header("Location")).endsWith("/sign-in/code");
        assertThat(SignInFlowTest.requestCode(unmatched, SignInFlowTest.form("Nobody", "Known",
                LocalDate.of(1966, 6, 6), "nobody.known@example.org")).header("Location")).endsWith("/sign-in/code");
        String wrong = Outboxes.lastCodeFor(SignInFlowTest.JOHN_PHONE).orElseThrow().equals("000000") ? "111111"
                : "000000";

        for (Browser browser : new Browser[] { matched, unmatched }) {
            assertThat(fastestOfThreeWrongCodes(browser, wrong)).isGreaterThanOrEqualTo(STEADY_MILLIS);
        }
    }

    /** The fastest answer, in milliseconds: the first requests after start-up are slow for reasons of their own. */
    private static long fastestOfThreeWrongCodes(Browser browser, String wrong) {
        long fastest = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++) {
            long start = System.nanoTime();
            Response answer = browser.post("/sign-in/code", Map.of("code", wrong));
            fastest = Math.min(fastest, (System.nanoTime() - start) / 1_000_000);
            assertThat(answer.statusCode()).as("answer to a wrong code, sent to %s", answer.header("Location"))
                    .isEqualTo(400);
            assertThat(answer.asString()).contains("That code is not right");
        }
        return fastest;
    }
}
