package org.shcportal.demodata;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.shcportal.audit.Actor;
import org.shcportal.database.DatabaseAvailability.SchemaReady;
import org.shcportal.staff.StaffAccounts;
import org.shcportal.staff.StaffRole;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Help-desk accounts for trying the console in the demo portal: one per role and a second supervisor for the
 * two-person rule, all with {@link #PASSWORD}. Created at start-up when missing, only where the demo dataset is
 * enabled (the embedded default database and the tests), never against a configured database.
 */
@ApplicationScoped
public class DemoStaff {

    /** Published in the README: these accounts exist only in the demo. */
    public static final String PASSWORD = "demo help desk";

    record Account(String username, StaffRole role) {
    }

    static final List<Account> ACCOUNTS = List.of(new Account("agent", StaffRole.AGENT),
            new Account("supervisor", StaffRole.SUPERVISOR), new Account("supervisor2", StaffRole.SUPERVISOR),
            new Account("admin", StaffRole.ADMIN));

    private static final Logger LOG = Logger.getLogger(DemoStaff.class);

    @ConfigProperty(name = "portal.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    StaffAccounts accounts;

    void onSchemaReady(@Observes SchemaReady event) {
        if (!enabled) {
            return;
        }
        for (Account demo : ACCOUNTS) {
            boolean created = QuarkusTransaction.requiringNew().call(() -> {
                if (accounts.findByUsername(demo.username()).isPresent()) {
                    return false;
                }
                accounts.create(demo.username(), demo.role(), PASSWORD, Actor.system());
                return true;
            });
            if (created) {
                LOG.infof("Created the demo help-desk account %s (%s)", demo.username(), demo.role().label());
            }
        }
    }
}
