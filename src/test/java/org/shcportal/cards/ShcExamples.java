package org.shcportal.cards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The spec's example files in {@code ../shared/shc-examples/} (conformance.md §1). */
public final class ShcExamples {

    public static final Path FOLDER = Path.of("..", "shared", "shc-examples").toAbsolutePath().normalize();
    public static final String ISS = "https://spec.smarthealth.cards/examples/issuer";

    private ShcExamples() {
    }

    public static String read(String name) {
        try {
            return Files.readString(FOLDER.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
