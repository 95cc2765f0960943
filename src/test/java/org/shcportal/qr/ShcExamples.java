package org.shcportal.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The spec's example cards in {@code ../shared/shc-examples/}, next to the project folder; Maven runs the tests in
 * the project folder, so that is {@code Path.of("")}.
 */
final class ShcExamples {

    static final Path DIR = Path.of("").toAbsolutePath().resolveSibling("shared").resolve("shc-examples");

    private ShcExamples() {
    }

    /** The example numbers, from the {@code example-NN-d-jws.txt} files. */
    static List<String> numbers() {
        try (Stream<Path> files = Files.list(DIR)) {
            List<String> numbers = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("example-\\d\\d-d-jws\\.txt"))
                    .map(name -> name.substring("example-".length(), "example-NN".length()))
                    .sorted()
                    .toList();
            assertThat(numbers).as("examples in %s", DIR).isNotEmpty();
            return numbers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String jws(String number) {
        return read("example-" + number + "-d-jws.txt");
    }

    /** The {@code -f-qr-code-numeric-value-K.txt} texts, K = 0, 1, … */
    static List<String> qrTexts(String number) {
        List<String> texts = new ArrayList<>();
        for (int k = 0; Files.exists(qrTextFile(number, k)); k++) {
            texts.add(read(qrTextFile(number, k).getFileName().toString()));
        }
        return texts;
    }

    static Path derivedPng(String number, int k) {
        return DIR.resolve("derived").resolve("example-" + number + "-g-qr-code-" + k + ".png");
    }

    private static Path qrTextFile(String number, int k) {
        return DIR.resolve("example-" + number + "-f-qr-code-numeric-value-" + k + ".txt");
    }

    /** The file exactly as stored; the spec's files have no trailing newline. */
    private static String read(String name) {
        try {
            String text = Files.readString(DIR.resolve(name));
            assertThat(text).as(name).doesNotEndWith("\n");
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
