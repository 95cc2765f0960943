package org.shcportal.demodata;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.shcportal.database.DatabaseAvailability;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code generate --persons N [--seed S]}: adds synthetic persons and reports the throughput. */
@Command(name = "generate", description = "Add N synthetic persons to the registry, in one transaction.", exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
        "0:the persons were added",
        "1:the database is not available or writing failed; nothing was stored",
        "2:usage error: a missing or bad option; nothing was started" })
public class GenerateCommand implements Callable<Integer> {

    static final int MAX_PERSONS = 10_000_000;

    @Option(names = "--persons", required = true, paramLabel = "N", converter = PersonCount.class, description = "How many persons to add, 1 to "
            + MAX_PERSONS + ".")
    int persons;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "The same seed makes the same persons (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    @Inject
    DatabaseAvailability database;

    @Inject
    RegistryGenerator generator;

    /** Runs the command; returns the process exit status. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!database.schemaCurrent()) {
            err.println("The registry database is not available; nothing was generated.");
            return 1;
        }
        long start = System.nanoTime();
        GenerationReport report;
        try {
            report = generator.generate(seed, persons);
        } catch (IllegalStateException e) {
            err.println(e.getMessage() + " Nothing was stored.");
            return 1;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getOut().printf("Generated %,d persons (%,d immunizations, %,d lab results, %,d guardian"
                + " links) with seed %d in %.1f s: %,.0f persons/s; the registry's indexes and foreign keys were"
                + " rebuilt and validated in %.1f s of it.%n", report.persons(), report.immunizations(),
                report.labResults(), report.guardianLinks(), seed, seconds, report.persons() / seconds,
                report.rebuildSeconds());
        return 0;
    }

    /** Reads {@code --persons}: a whole number from 1 to {@link #MAX_PERSONS}. */
    static final class PersonCount implements ITypeConverter<Integer> {

        @Override
        public Integer convert(String value) {
            int persons;
            try {
                persons = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a whole number");
            }
            if (persons < 1 || persons > MAX_PERSONS) {
                throw new TypeConversionException("'" + value + "' is not between 1 and " + MAX_PERSONS);
            }
            return persons;
        }
    }
}
