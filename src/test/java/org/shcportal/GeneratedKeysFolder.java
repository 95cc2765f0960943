package org.shcportal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the portal under test generates its signing key and rid secret ({@code portal.issuer.generated-keys-dir}): a
 * temporary folder made once per test run, so no key is ever committed.
 */
public final class GeneratedKeysFolder {

    private static Path folder;

    private GeneratedKeysFolder() {
    }

    public static synchronized Path path() {
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
