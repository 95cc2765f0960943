package org.shcportal;

import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

import org.shcportal.demodata.GenerateCommand;
import org.shcportal.feed.ExportCommand;
import org.shcportal.feed.FeedSenderCommand;
import org.shcportal.feed.ImportCommand;
import org.shcportal.issuance.IssueCommand;
import org.shcportal.revocation.RevokeCommand;
import org.shcportal.staff.StaffCommand;

import io.quarkus.picocli.runtime.annotations.TopCommand;
import io.quarkus.runtime.Quarkus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * The packaged jar's command line: with no command the web portal runs until it is stopped; a command runs once and
 * its exit status is the process's. Every command answers {@code --help}; a missing or bad option prints one line
 * and the usage on stderr and exits with 2.
 */
@TopCommand
@Command(name = "java -jar quarkus-run.jar", description = "Runs the web portal, or one operator command.", subcommands = {
        ExportCommand.class, FeedSenderCommand.class, GenerateCommand.class, ImportCommand.class, IssueCommand.class,
        RevokeCommand.class,
        StaffCommand.class }, exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
                "0:the command succeeded",
                "1:the command failed for the reason it printed",
                "2:usage error: an unknown command or a missing or bad option; nothing was started" })
public class PortalCommand implements Runnable {

    /** What {@link #answerBeforeStart} returns when the command line leaves something to run. */
    private static final int TO_RUN = -1;

    @Option(names = { "-h", "--help" }, usageHelp = true, scope = ScopeType.INHERIT, description = "Show this help and exit.")
    boolean help;

    /** No command: the portal serves until it is stopped. */
    @Override
    public void run() {
        Quarkus.waitForExit();
    }

    /** The command line, its commands made by {@code factory}. */
    static CommandLine commandLine(CommandLine.IFactory factory) {
        return new CommandLine(PortalCommand.class, factory).setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(PortalCommand::usageError);
    }

    /**
     * Answers the command line when that needs nothing started: the help asked for (status 0) or a usage error
     * (status 2). Empty when there is a command (or the portal) to run.
     */
    static OptionalInt answerBeforeStart(String... args) {
        CommandLine commandLine = commandLine(CommandLine.defaultFactory())
                .setExecutionStrategy(PortalCommand::helpOnly);
        int status = commandLine.execute(args);
        return status == TO_RUN ? OptionalInt.empty() : OptionalInt.of(status);
    }

    private static int helpOnly(ParseResult parsed) {
        Integer help = CommandLine.executeHelpRequest(parsed);
        if (help != null) {
            return help;
        }
        List<CommandLine> commands = parsed.asCommandLineList();
        CommandLine last = commands.get(commands.size() - 1);
        Object command = last.getCommand();
        if (!(command instanceof Runnable || command instanceof Callable || command instanceof Method)) {
            // A group such as "staff" (picocli says the same when it executes one).
            throw new ParameterException(last, "Missing required subcommand");
        }
        return TO_RUN;
    }

    private static int usageError(ParameterException error, String[] args) {
        CommandLine command = error.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(error.getMessage());
        command.usage(err);
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }
}
