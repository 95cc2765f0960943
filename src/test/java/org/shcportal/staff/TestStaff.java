package org.shcportal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.shcportal.audit.Actor;
import org.shcportal.fixtures.Browser;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Staff accounts for tests of the help desk, and a browser signed in as one. */
public final class TestStaff {

    /** Every test account has this password. */
    public static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestStaff() {
    }

    /** Creates an account with a fresh username in {@code role} and returns the username. */
    public static String create(StaffRole role) {
        String username = role.name().toLowerCase() + "-" + System.nanoTime() % 1_000_000 + "-" + NEXT.incrementAndGet();
        QuarkusTransaction.requiringNew().run(() -> Arc.container().select(StaffAccounts.class).get()
                .create(username, role, PASSWORD, Actor.system()));
        return username;
    }

    /** A browser signed in to the help desk as a new account in {@code role}. */
    public static Browser signedIn(StaffRole role) {
        return signIn(create(role));
    }

    /** A browser signed in to the help desk as {@code username} (password {@link #PASSWORD}). */
    public static Browser signIn(String username) {
        Browser browser = new Browser();
        browser.get("/helpdesk/sign-in");
        int status = browser.post("/helpdesk/sign-in", Map.of("username", username, "password", PASSWORD))
                .statusCode();
        assertThat(status).as("staff sign-in of %s", username).isEqualTo(303);
        return browser;
    }
}
