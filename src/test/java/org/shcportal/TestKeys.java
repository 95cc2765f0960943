package org.shcportal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The tests' signing key and rid secret: generated once per test run in a temporary folder, never committed. */
public final class TestKeys {

    private static Path folder;

    private TestKeys() {
    }

    public static synchronized Path folder() {
        if (folder == null) {
            try {
                folder = Files.createTempDirectory("portal-test-keys");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }
}
