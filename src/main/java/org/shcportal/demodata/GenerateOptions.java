package org.shcportal.demodata;

/**
 * The {@code generate} command line: {@code --persons N [--seed S]}.
 *
 * @param persons how many persons to add, 1 to {@link #MAX_PERSONS}
 * @param seed the same seed makes the same persons
 */
public record GenerateOptions(int persons, long seed) {

    public static final int MAX_PERSONS = 10_000_000;
    static final long DEFAULT_SEED = 1L;

    /** Parses the arguments after the command name; a bad argument throws with a message for the operator. */
    public static GenerateOptions parse(String... args) {
        Integer persons = null;
        long seed = DEFAULT_SEED;
        for (int i = 0; i < args.length; i += 2) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Option " + option + " needs a value.");
            }
            String value = args[i + 1];
            switch (option) {
                case "--persons" -> persons = number(option, value, 1, MAX_PERSONS).intValue();
                case "--seed" -> seed = number(option, value, Long.MIN_VALUE, Long.MAX_VALUE);
                default -> throw new IllegalArgumentException("Unknown option: " + option);
            }
        }
        if (persons == null) {
            throw new IllegalArgumentException("generate needs --persons N.");
        }
        return new GenerateOptions(persons, seed);
    }

    private static Long number(String option, String value, long min, long max) {
        try {
            long number = Long.parseLong(value);
            if (number < min || number > max) {
                throw new IllegalArgumentException(option + " must be between " + min + " and " + max + ".");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, not \"" + value + "\".");
        }
    }
}
