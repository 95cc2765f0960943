package org.shcportal.demodata;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.shcportal.database.DatabaseAvailability.SchemaReady;
import org.shcportal.registry.Person;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Fills an empty registry with the demo dataset: {@value #GENERATED_PERSONS} generated persons and the fixed demo
 * persons. Enabled with the embedded default database (and in tests), never against a configured one.
 */
@ApplicationScoped
public class DemoDataset {

    static final int GENERATED_PERSONS = 1_000;
    static final long SEED = 2026L;
    private static final Logger LOG = Logger.getLogger(DemoDataset.class);

    @ConfigProperty(name = "portal.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    RegistryGenerator generator;

    void onSchemaReady(@Observes SchemaReady event) {
        if (!enabled || QuarkusTransaction.requiringNew().call(() -> Person.findByRegistryId("NM-000001").isPresent())) {
            return;
        }
        long start = System.nanoTime();
        // The fixed persons go last: their presence means the whole dataset is there.
        GenerationReport report = generator.generate(SEED, GENERATED_PERSONS);
        QuarkusTransaction.requiringNew().run(() -> FixedDemoPersons.insert(LocalDate.now()));
        LOG.infof("Loaded the demo dataset: %d generated persons and the fixed demo persons in %d ms",
                report.persons(), (System.nanoTime() - start) / 1_000_000);
    }
}
