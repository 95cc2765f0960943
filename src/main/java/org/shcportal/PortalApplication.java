package org.shcportal;

import jakarta.inject.Inject;

import io.quarkus.runtime.QuarkusApplication;
import picocli.CommandLine;

/** Runs the portal until it is stopped, or one operator command and exits with its status ({@link PortalCommand}). */
public class PortalApplication implements QuarkusApplication {

    /** Makes the commands as beans, with what they inject. */
    @Inject
    CommandLine.IFactory factory;

    @Override
    public int run(String... args) {
        return PortalCommand.commandLine(factory).execute(args);
    }
}
