package org.shcportal.staff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a staff password may not be, beyond its length (NIST SP 800-63B §5.1.1.2: passwords from breach corpuses,
 * dictionary words, repetitive or sequential characters, context-specific words such as the name of the service
 * or the username). Letters are compared in lower case with everything but letters left out, so {@code Summer2026!}
 * is the common {@code summer} and {@code Portal-2026} the service's own word.
 */
final class PasswordRules {

    /** Why a password is refused. */
    enum Weakness {
        /** Characters repeated or in sequence, or one part repeated. */
        REPETITIVE,
        /** One of the most common passwords, or built on one. */
        COMMON,
        /** Nothing but the username and words of this service, with digits or symbols around. */
        CONTEXT
    }

    /** Words of the service every staff password is checked against, with the registry's name and the roles. */
    private static final List<String> SERVICE_WORDS = List.of("portal", "registry", "immunization", "vaccine",
            "health");
    /**
     * At most this many runs of repeated or consecutive characters is too few: NIST SP 800-63B §5.1.1.2 names
     * {@code 1234abcd} (two runs) as a password to refuse.
     */
    private static final int TOO_FEW_RUNS = 2;
    private static final Set<String> COMMON_PASSWORDS = load("common-passwords.txt");

    private final List<String> serviceWords;

    /** @param registryName the registry's name, whose words are words of this service */
    PasswordRules(String registryName) {
        this.serviceWords = Stream.concat(Stream.concat(SERVICE_WORDS.stream(), words(registryName)),
                Stream.of(StaffRole.values()).map(role -> role.label().toLowerCase(Locale.ROOT))).distinct().toList();
    }

    /** What is wrong with {@code password} for the account {@code username}, if anything. */
    Optional<Weakness> weakness(String password, String username) {
        String lower = password.toLowerCase(Locale.ROOT);
        String letters = lower.replaceAll("\\P{L}", "");
        if (isRepetitive(lower)) {
            return Optional.of(Weakness.REPETITIVE);
        }
        if (COMMON_PASSWORDS.contains(lower) || COMMON_PASSWORDS.contains(letters)) {
            return Optional.of(Weakness.COMMON);
        }
        Stream<String> usernameWords = Stream.concat(words(username), Stream.of(username.replaceAll("\\P{L}", "")));
        List<String> contextWords = Stream.concat(serviceWords.stream(), usernameWords.filter(word -> word.length() > 1))
                .toList();
        if (!letters.isEmpty() && isMadeOf(letters, contextWords)) {
            return Optional.of(Weakness.CONTEXT);
        }
        return Optional.empty();
    }

    /** One part repeated ({@code abcabc}), or few runs of repeated or consecutive characters ({@code aaaa1234}). */
    static boolean isRepetitive(String text) {
        return !text.isEmpty() && (repeatsAPart(text) || runs(text) <= TOO_FEW_RUNS);
    }

    private static boolean repeatsAPart(String text) {
        return (text + text).indexOf(text, 1) < text.length();
    }

    /** The number of stretches in which each character is the one before it, or the next or previous one. */
    private static int runs(String text) {
        int runs = 1;
        for (int i = 1; i < text.length(); i++) {
            if (Math.abs(text.charAt(i) - text.charAt(i - 1)) > 1) {
                runs++;
            }
        }
        return runs;
    }

    /** Whether {@code letters} is nothing but {@code words}, each any number of times, one after another. */
    static boolean isMadeOf(String letters, List<String> words) {
        boolean[] madeUpTo = new boolean[letters.length() + 1];
        madeUpTo[0] = true;
        for (int end = 1; end <= letters.length(); end++) {
            for (String word : words) {
                int start = end - word.length();
                if (start >= 0 && madeUpTo[start] && letters.startsWith(word, start)) {
                    madeUpTo[end] = true;
                    break;
                }
            }
        }
        return madeUpTo[letters.length()];
    }

    private static Stream<String> words(String text) {
        return Stream.of(text.toLowerCase(Locale.ROOT).split("\\P{L}+")).filter(word -> word.length() > 1);
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The resource " + resource + " is missing");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toCollection(HashSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
