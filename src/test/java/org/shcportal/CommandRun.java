package org.shcportal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import picocli.CommandLine;

/**
 * One run of the jar's command line, as {@link PortalApplication} runs it: on a thread of its own, outside any request
 * (no request scope), with what it printed. Tests name a command: with none, the portal would wait for its exit.
 *
 * @param status the exit status
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
public record CommandRun(int status, String out, String err) {

    /**
     * Runs {@code args} with the commands made by {@code factory}: the injected {@link CommandLine.IFactory} in a
     * Quarkus test, or {@link CommandLine#defaultFactory()} for command lines that are refused before a command runs.
     */
    public static CommandRun of(CommandLine.IFactory factory, String... args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("Name a command: with none the portal runs until it is stopped.");
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = PortalCommand.commandLine(factory).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true));
        FutureTask<Integer> run = new FutureTask<>(() -> commandLine.execute(args));
        new Thread(run, "operator").start();
        try {
            return new CommandRun(run.get(), out.toString(), err.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the command ran", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The command line threw", e.getCause());
        }
    }
}
