package org.shcportal.issuance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code issue} command line: one or more {@code --person ID} and one {@code --out DIR}.
 *
 * @param registryIds the persons whose cards to write, in the order given
 * @param out the folder to write into
 */
public record IssueOptions(List<String> registryIds, Path out) {

    /** Parses the arguments after the command name; a bad argument throws with a message for the operator. */
    public static IssueOptions parse(String... args) {
        List<String> persons = new ArrayList<>();
        Path out = null;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Option " + args[i] + " needs a value.");
            }
            switch (args[i]) {
                case "--person" -> persons.add(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown option: " + args[i]);
            }
        }
        if (persons.isEmpty() || out == null) {
            throw new IllegalArgumentException("issue needs at least one --person <registry id> and --out <dir>.");
        }
        return new IssueOptions(List.copyOf(persons), out);
    }
}
