package org.shcportal.staff;

/**
 * The {@code staff add} command line: {@code --username NAME --role agent|supervisor|admin}. The password is read
 * from standard input, never from the command line (where {@code ps} and shell history would show it).
 */
public record StaffAddOptions(String username, StaffRole role) {

    /** Parses the arguments after {@code staff}; a bad argument throws with a message for the operator. */
    public static StaffAddOptions parse(String... args) {
        if (args.length == 0 || !"add".equals(args[0])) {
            throw new IllegalArgumentException("staff needs a subcommand: staff add --username NAME --role ROLE.");
        }
        String username = null;
        StaffRole role = null;
        for (int i = 1; i < args.length; i += 2) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Option " + option + " needs a value.");
            }
            switch (option) {
                case "--username" -> username = args[i + 1];
                case "--role" -> role = StaffRole.parse(args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown option: " + option);
            }
        }
        if (username == null || role == null) {
            throw new IllegalArgumentException("staff add needs --username NAME and --role agent|supervisor|admin.");
        }
        return new StaffAddOptions(username, role);
    }
}
