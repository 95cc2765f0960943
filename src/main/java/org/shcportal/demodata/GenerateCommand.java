package org.shcportal.demodata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shcportal.database.DatabaseAvailability;

/** {@code generate --persons N [--seed S]}: adds synthetic persons and reports the throughput. */
@ApplicationScoped
public class GenerateCommand {

    @Inject
    DatabaseAvailability database;

    @Inject
    RegistryGenerator generator;

    /** Runs the command; returns the process exit status. */
    public int run(GenerateOptions options) {
        if (!database.schemaCurrent()) {
            System.err.println("The registry database is not available; nothing was generated.");
            return 1;
        }
        long start = System.nanoTime();
        GenerationReport report;
        try {
            report = generator.generate(options.seed(), options.persons());
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage() + " Nothing was stored.");
            return 1;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Generated %,d persons (%,d immunizations, %,d lab results, %,d guardian links) with seed %d"
                + " in %.1f s: %,.0f persons/s%n", report.persons(), report.immunizations(), report.labResults(),
                report.guardianLinks(), options.seed(), seconds, report.persons() / seconds);
        return 0;
    }
}
