package org.shcportal;

import java.util.OptionalInt;

import org.shcportal.database.EmbeddedDatabase;
import org.shcportal.database.EmbeddedDefault;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The packaged jar's entry point: the web portal by default, an operator command when one is named
 * ({@link PortalCommand}). The help and usage errors are answered before anything starts; otherwise, with no database
 * configured, the embedded PostgreSQL starts first.
 */
@QuarkusMain
public class PortalMain {

    public static void main(String... args) {
        OptionalInt answered = PortalCommand.answerBeforeStart(args);
        if (answered.isPresent()) {
            System.exit(answered.getAsInt());
        }
        boolean portal = args.length == 0;
        if (!portal) {
            // A command works on the database only: it must not take the portal's HTTP or management port, and the portal's
            // scheduled jobs (the outbox worker, housekeeping) are left to the portals, not stopped half-way at exit.
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("quarkus.management.host-enabled", "false");
            System.setProperty("quarkus.scheduler.enabled", "false");
        }
        try {
            EmbeddedDefault.startUnlessConfigured(portal);
        } catch (EmbeddedDatabase.EmbeddedDatabaseException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
        Quarkus.run(PortalApplication.class, args);
    }
}
