package org.shcportal.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the schema is migrated and the database answers (the datasource check alone says only the latter). */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Inject
    DatabaseAvailability database;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Registry database schema")
                .status(database.available())
                .withData("schemaCurrent", database.schemaCurrent())
                .build();
    }
}
