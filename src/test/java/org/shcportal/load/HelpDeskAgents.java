package org.shcportal.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.shcportal.staff.PasswordHashes;
import org.shcportal.staff.TwoStepCodes;

/**
 * The help-desk agents of a load run: accounts made for the run (password only). In the run's set-up each agent signs
 * in and turns on two-step sign-in, as staff do on their first day, and stays signed in for the shift, as an agent at
 * the phones does (a staff session lasts a working day, {@code portal.staff.absolute-timeout}); the agent's session is
 * then lent to one caller's visit at a time.
 */
final class HelpDeskAgents {

    static final String PASSWORD = "launch day load test agent";
    private static final String INSERT = "INSERT INTO staff_account (username, role, password_hash, created_by)"
            + " VALUES (?, 'AGENT', ?, 'load-test')";

    private final List<String> usernames;
    private final ConcurrentLinkedQueue<Lent> idle = new ConcurrentLinkedQueue<>();

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

    /** An agent who has turned on two-step sign-in and is signed in with {@code sessionToken} is idle. */
    void signedIn(String username, String sessionToken) {
        idle.add(new Lent(username, sessionToken));
    }

    /** The set-up code of a secret shown on the two-step page. */
    static String setUpCode(String secret, Instant now) {
        return TwoStepCodes.codeAt(secret.replace(" ", ""), now);
    }

    /** An idle agent, signed in; empty when every agent is busy with a caller. */
    Optional<Lent> lend() {
        return Optional.ofNullable(idle.poll());
    }

    /** Gives an agent back after a visit. */
    void giveBack(Lent agent) {
        idle.add(agent);
    }

    /** An agent lent to one visit, with the token of the staff session they are signed in with. */
    record Lent(String username, String sessionToken) {
    }
}
