package org.shcportal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shcportal.fixtures.Browser;
import org.shcportal.fixtures.Outboxes;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Neither the sign-in form nor the code step may tell a match from no match by its timing (medians within 10%).
 * The form: 200 requests that match John B. Anyperson and 200 that match nobody, alternating. The code step: 100
 * wrong codes typed after details that matched John and 100 after details that matched nobody, alternating, each
 * in a sign-in of its own. Runs with the production steady response time and limits raised only so that the
 * requests are not limited. Not part of the test suite (no "Test" suffix); run it with
 * {@code ./mvnw test -Dtest=SignInTimingBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Prints the medians
 * and writes them to {@code target/benchmarks/sign-in-timing.txt} and {@code sign-in-code-timing.txt}.
 */
@QuarkusTest
@TestProfile(SignInTimingBenchmark.ProductionTiming.class)
class SignInTimingBenchmark {

    private static final int REQUESTS = 200;
    private static final int CODE_REQUESTS = 100;
    private static final int WARM_UP = 20;
    private static final String JOHN_PHONE = "+15055550101";

    public static class ProductionTiming implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("portal.sign-in.steady-response-time", "400ms");
        }
    }

    @Test
    void matchAndNoMatchTakeTheSameTime() throws IOException {
        for (int i = 0; i < WARM_UP; i++) {
            time(SignInFlowTest.john(JOHN_PHONE));
            time(stranger(i));
        }
        List<Long> match = new ArrayList<>();
        List<Long> noMatch = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            match.add(time(SignInFlowTest.john(JOHN_PHONE)));
            noMatch.add(time(stranger(i)));
        }
        double matchMedian = median(match) / 1e6;
        double noMatchMedian = median(noMatch) / 1e6;
        double difference = Math.abs(matchMedian - noMatchMedian) / Math.min(matchMedian, noMatchMedian);
        String report = String.format("sign-in form, %d requests each: match median %.1f ms (p90 %.1f), "
                + "no match median %.1f ms (p90 %.1f), difference %.2f%%%n", REQUESTS, matchMedian,
                percentile(match, 0.9) / 1e6, noMatchMedian, percentile(noMatch, 0.9) / 1e6, difference * 100);
        report("sign-in-timing.txt", report);
        assertThat(difference).isLessThan(0.10);
    }

    @Test
    void aWrongCodeTakesTheSameTimeWhetherOrNotTheDetailsMatched() throws IOException {
        for (int i = 0; i < WARM_UP; i++) {
            timeWrongCode(SignInFlowTest.john(JOHN_PHONE));
            timeWrongCode(stranger(i));
        }
        List<Long> match = new ArrayList<>();
        List<Long> noMatch = new ArrayList<>();
        for (int i = 0; i < CODE_REQUESTS; i++) {
            match.add(timeWrongCode(SignInFlowTest.john(JOHN_PHONE)));
            noMatch.add(timeWrongCode(stranger(i)));
        }
        double matchMedian = median(match) / 1e6;
        double noMatchMedian = median(noMatch) / 1e6;
        double difference = Math.abs(matchMedian - noMatchMedian) / Math.min(matchMedian, noMatchMedian);
        String report = String.format("sign-in code step, %d wrong codes each: after a match median %.1f ms "
                + "(p90 %.1f), after no match median %.1f ms (p90 %.1f), difference %.2f%%%n", CODE_REQUESTS,
                matchMedian, percentile(match, 0.9) / 1e6, noMatchMedian, percentile(noMatch, 0.9) / 1e6,
                difference * 100);
        report("sign-in-code-timing.txt", report);
        assertThat(difference).isLessThan(0.10);
    }

    private static void report(String file, String report) throws IOException {
        System.out.print(report);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", file), report);
    }

    /** The time of the form's POST alone, from a browser that already has the page (and its CSRF token). */
    private static long time(Map<String, String> form) {
        Browser browser = new Browser();
        browser.get("/sign-in");
        long start = System.nanoTime();
        int status = browser.post("/sign-in", form).statusCode();
        long elapsed = System.nanoTime() - start;
        assertThat(status).isEqualTo(303);
        return elapsed;
    }

    /**
     * The time of a wrong code's POST alone, in a sign-in of its own that reached the code page with the form's
     * details. After a match the wrong code differs from the one sent; after no match any code is wrong.
     */
    private static long timeWrongCode(Map<String, String> form) {
        Browser browser = new Browser();
        SignInFlowTest.requestCode(browser, form);
        browser.get("/sign-in/code");
        String sent = Outboxes.lastCodeFor(JOHN_PHONE).orElse("");
        String wrong = sent.equals("000000") ? "111111" : "000000";
        long start = System.nanoTime();
        int status = browser.post("/sign-in/code", Map.of("code", wrong)).statusCode();
        long elapsed = System.nanoTime() - start;
        assertThat(status).isEqualTo(400);
        return elapsed;
    }

    private static Map<String, String> stranger(int i) {
        return SignInFlowTest.form("Nobody", "Known" + (char) ('a' + i % 26),
                LocalDate.of(1960 + i % 40, 1 + i % 12, 1 + i % 28),
                "505 555 01" + String.format("%02d", i % 100));
    }

    private static long median(List<Long> times) {
        return percentile(times, 0.5);
    }

    private static long percentile(List<Long> times, double fraction) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(fraction * sorted.size())));
    }
}
