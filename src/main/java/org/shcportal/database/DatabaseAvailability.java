package org.shcportal.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SchemaValidationException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Whether the portal can use its database now. The portal starts without one: the schema is migrated (Flyway) and
 * validated (Hibernate) as soon as the database answers, and then checked every few seconds, so pages can say
 * "temporarily unavailable" while it is gone and work again by themselves when it is back.
 */
@ApplicationScoped
public class DatabaseAvailability {

    private static final Logger LOG = Logger.getLogger(DatabaseAvailability.class);
    private static final int PROBE_TIMEOUT_SECONDS = 2;

    @Inject
    Flyway flyway;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Event<SchemaReady> schemaReady;

    @ConfigProperty(name = "portal.database.check-interval", defaultValue = "5s")
    Duration checkInterval;

    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "database-availability");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean schemaCurrent;
    private volatile boolean reachable;
    private final AtomicBoolean unreachableLogged = new AtomicBoolean();

    void onStart(@Observes StartupEvent event) {
        check();
        long millis = checkInterval.toMillis();
        checks.scheduleWithFixedDelay(this::check, millis, millis, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        checks.shutdownNow();
    }

    /** True when the schema is current and the database answered the last check. */
    public boolean available() {
        return schemaCurrent && reachable;
    }

    /**
     * True when {@link #available()} and the current request, if one is being served, has not already failed to get a
     * connection or an answer from the database ({@link RequestDatabaseFailure}).
     */
    public boolean availableToThisRequest() {
        return available() && !(Arc.container().requestContext().isActive()
                && Arc.container().select(RequestDatabaseFailure.class).get().happened());
    }

    public boolean schemaCurrent() {
        return schemaCurrent;
    }

    /** Migrates and validates the schema (once), or probes the database; never throws. */
    public synchronized void check() {
        try {
            if (!schemaCurrent) {
                migrate();
            } else {
                probe();
            }
            if (unreachableLogged.compareAndSet(true, false)) {
                LOG.info("Database available again");
            }
            reachable = true;
        } catch (RuntimeException | SQLException e) {
            reportUnreachable(e.getMessage());
        }
    }

    /** Runs the pending migrations, validates the entities against the result and tells the observers. */
    private void migrate() {
        flyway.migrate();
        try {
            entityManagerFactory.getSchemaManager().validate();
        } catch (SchemaValidationException e) {
            throw new IllegalStateException("The migrated schema does not match the entities: " + e.getMessage(), e);
        }
        schemaReady.fire(new SchemaReady());
        schemaCurrent = true;
        LOG.info("Database schema is current");
    }

    /**
     * Asks the database a trivial question. An answer later than the timeout counts as none, whether the query or the
     * network is slow: the network timeout ends the wait for the answer, the query timeout the query on the server.
     */
    private void probe() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setNetworkTimeout(Runnable::run, (int) TimeUnit.SECONDS.toMillis(PROBE_TIMEOUT_SECONDS));
            statement.setQueryTimeout(PROBE_TIMEOUT_SECONDS);
            statement.execute("SELECT 1");
        }
    }

    /**
     * Marks the database unavailable until the next check succeeds; requests that failed to reach it call this too,
     * without waiting for a check under way (one may wait for a connection and an answer for seconds). The pool's
     * connections are given up (idle ones now, those in use when given back): a restarted PostgreSQL has ended them,
     * and the pool would hand the ended ones out again, to the checks too, so that the portal stayed unavailable after
     * the database was back (measured: FaultsUnderLoadIT, a replica still unavailable 7 s after a restart).
     */
    public void reportUnreachable(String reason) {
        reachable = false;
        if (unreachableLogged.compareAndSet(false, true)) {
            LOG.warnf("Database unavailable, checking again every %s: %s", checkInterval, reason);
        }
        dataSource.flush(AgroalDataSource.FlushMode.GRACEFUL);
    }

    /** Fired once per process when the schema has been migrated and validated; observers may load data. */
    public record SchemaReady() {
    }
}
