package org.shcportal.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.shcportal.staff.PasswordHashes;
import org.shcportal.staff.TwoStepCodes;

/**
 * The help-desk agents of a load run: accounts made for the run (password only; each turns on two-step sign-in in
 * the run's set-up, as staff do on their first day), then lent to one visit at a time. An authenticator code is taken
 * once per 30-second step (RFC 6238 section 5.2; the portal also accepts the next step's code), so an agent is lent
 * again only when an unused step is left.
 */
final class HelpDeskAgents {

    static final String PASSWORD = "launch day load test agent";
    /** RFC 6238 section 4: the default time step X of 30 seconds, which the portal uses. */
    private static final long STEP_SECONDS = 30;
    private static final String INSERT = "INSERT INTO staff_account (username, role, password_hash, created_by)"
            + " VALUES (?, 'AGENT', ?, 'load-test')";

    private final List<String> usernames;
    private final ConcurrentLinkedQueue<String> idle = new ConcurrentLinkedQueue<>();
    private final ConcurrentHashMap<String, String> secrets = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Long> lastSteps = new ConcurrentHashMap<>();

    private HelpDeskAgents(List<String> usernames) {
        this.usernames = usernames;
    }

    /** Creates {@code count} agent accounts with fresh usernames in the portal's database. */
    static HelpDeskAgents create(LoadSettings settings, int count) {
        String hash = PasswordHashes.hash(PASSWORD);
        String run = Long.toString(System.currentTimeMillis() / 1000, 36);
        List<String> usernames = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(settings.dbUrl(), settings.dbUser(),
                settings.dbPassword()); PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (int i = 1; i <= count; i++) {
                String username = "load-" + run + "-agent-" + i;
                insert.setString(1, username);
                insert.setString(2, hash);
                insert.executeUpdate();
                usernames.add(username);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Creating the help-desk agents failed", e);
        }
        return new HelpDeskAgents(usernames);
    }

    List<String> usernames() {
        return usernames;
    }

    /** Records the authenticator secret an agent turned on, with the step its set-up code used; the agent is idle. */
    void enabled(String username, String secret, Instant confirmedAt) {
        secrets.put(username, secret.replace(" ", ""));
        lastSteps.put(username, step(confirmedAt));
        idle.add(username);
    }

    /** The set-up code of a secret shown on the two-step page. */
    static String setUpCode(String secret, Instant now) {
        return TwoStepCodes.codeAt(secret.replace(" ", ""), now);
    }

    /** An idle agent with an unused code step, with that code; empty when every agent is busy or waiting for a step. */
    Optional<Lent> lend(Instant now) {
        for (int tries = idle.size(); tries > 0; tries--) {
            String username = idle.poll();
            if (username == null) {
                return Optional.empty();
            }
            long step = Math.max(step(now), lastSteps.get(username) + 1);
            if (step <= step(now) + 1) {
                lastSteps.put(username, step);
                return Optional.of(new Lent(username, TwoStepCodes.codeAt(secrets.get(username),
                        Instant.ofEpochSecond(step * STEP_SECONDS))));
            }
            idle.add(username);
        }
        return Optional.empty();
    }

    /** Gives an agent back after a visit. */
    void giveBack(String username) {
        idle.add(username);
    }

    private static long step(Instant time) {
        return time.getEpochSecond() / STEP_SECONDS;
    }

    /** An agent lent to one visit, with the authenticator code to sign in with. */
    record Lent(String username, String code) {
    }
}
