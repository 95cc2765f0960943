package org.shcportal.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * Bounds how long a page waits for each answer of the database: a connection taken while serving an HTTP request
 * gives up on a round trip after {@code portal.database.page-query-timeout} (the JDBC network timeout, which pgjdbc
 * turns into a connection error, SQLSTATE 08006), so a database too slow to use gets the "temporarily unavailable"
 * page (web.ErrorPages) instead of holding the request's thread. Other work waits as long as it takes (network timeout
 * 0, pgjdbc's default): migrations and bulk loads run statements of minutes. The pool does not put a connection's
 * network timeout back when it is returned, so each taking sets it.
 */
@ApplicationScoped
public class PageQueryTimeout implements AgroalPoolInterceptor {

    @ConfigProperty(name = "portal.database.page-query-timeout")
    Duration timeout;

    @Override
    public void onConnectionAcquire(Connection connection) {
        try {
            connection.setNetworkTimeout(Runnable::run, servingRequest() ? (int) timeout.toMillis() : 0);
        } catch (SQLException e) {
            // A connection that cannot take the timeout is broken; its first statement says so, as a connection error.
        }
    }

    private static boolean servingRequest() {
        InjectableContext requests = Arc.container().requestContext();
        return requests.isActive() && Arc.container().instance(CurrentVertxRequest.class).get().getCurrent() != null;
    }
}
