package org.shcportal;

import java.util.Arrays;
import java.util.function.ToIntFunction;

import jakarta.inject.Inject;

import org.shcportal.demodata.GenerateCommand;
import org.shcportal.demodata.GenerateOptions;
import org.shcportal.issuance.IssueCommand;
import org.shcportal.issuance.IssueOptions;
import org.shcportal.revocation.RevokeCommand;
import org.shcportal.revocation.RevokeOptions;
import org.shcportal.staff.StaffAddOptions;
import org.shcportal.staff.StaffCommand;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;

/** Runs the portal until it is stopped, or one operator command and exits with its status. */
public class PortalApplication implements QuarkusApplication {

    static final String USAGE = """
            Usage: java -jar quarkus-run.jar [command]
              (no command)                          run the web portal
              generate --persons N [--seed S]       add N synthetic persons to the registry (seed: default 1)
              issue --person ID [--person ID …] --out DIR
                                                    write each person's cards (file, JWS, QR texts and PNGs)
              staff add --username NAME --role agent|supervisor|admin
                                                    create a help-desk account; the password is read from
                                                    standard input (asked twice at a terminal)
              revoke --person ID --before TIME|now  revoke the person's cards issued before TIME (ISO-8601, e.g.
                                                    2026-03-01T12:00:00Z); new cards are issued from then on
            """;

    @Inject
    GenerateCommand generate;

    @Inject
    IssueCommand issue;

    @Inject
    StaffCommand staff;

    @Inject
    RevokeCommand revoke;

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        return parse(args).applyAsInt(this);
    }

    /**
     * Reads the command line into the command to run; throws {@link IllegalArgumentException} with a message for
     * the operator, before anything starts.
     */
    static ToIntFunction<PortalApplication> parse(String[] args) {
        String[] options = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "generate" -> {
                GenerateOptions generate = GenerateOptions.parse(options);
                yield app -> app.generate.run(generate);
            }
            case "issue" -> {
                IssueOptions issue = IssueOptions.parse(options);
                yield app -> app.issue.run(issue);
            }
            case "staff" -> {
                StaffAddOptions staff = StaffAddOptions.parse(options);
                yield app -> app.staff.run(staff);
            }
            case "revoke" -> {
                RevokeOptions revoke = RevokeOptions.parse(options);
                yield app -> app.revoke.run(revoke);
            }
            default -> throw new IllegalArgumentException("Unknown command: " + args[0]);
        };
    }
}
