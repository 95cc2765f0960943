package org.shcportal;

import java.util.Arrays;

import jakarta.inject.Inject;

import org.shcportal.registrydata.GenerateCommand;
import org.shcportal.registrydata.GenerateOptions;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;

/** Runs the portal until it is stopped, or one operator command and exits with its status. */
public class PortalApplication implements QuarkusApplication {

    static final String USAGE = """
            Usage: java -jar quarkus-run.jar [command]
              (no command)                          run the web portal
              generate --persons N [--seed S]       add N synthetic persons to the registry (seed: default 1)
            """;

    @Inject
    GenerateCommand generate;

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        return generate.run(parse(args));
    }

    /** Checks the command line; throws {@link IllegalArgumentException} with a message for the operator. */
    static GenerateOptions parse(String[] args) {
        if ("generate".equals(args[0])) {
            return GenerateOptions.parse(Arrays.copyOfRange(args, 1, args.length));
        }
        throw new IllegalArgumentException("Unknown command: " + args[0]);
    }
}
