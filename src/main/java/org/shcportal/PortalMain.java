package org.shcportal;

import org.shcportal.database.EmbeddedDatabase;
import org.shcportal.database.EmbeddedDefault;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The packaged jar's entry point: the web portal by default, an operator command when one is named
 * ({@code generate}). With no database configured, the embedded PostgreSQL starts first.
 */
@QuarkusMain
public class PortalMain {

    public static void main(String... args) {
        if (args.length > 0) {
            checkCommand(args);
            // A command works on the database only: it must not take the portal's HTTP port.
            System.setProperty("quarkus.http.host-enabled", "false");
        }
        try {
            EmbeddedDefault.startUnlessConfigured(args.length == 0);
        } catch (EmbeddedDatabase.EmbeddedDatabaseException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
        Quarkus.run(PortalApplication.class, args);
    }

    private static void checkCommand(String[] args) {
        try {
            PortalApplication.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println();
            System.err.println(PortalApplication.USAGE);
            System.exit(2);
        }
    }
}
