package org.shcportal.keys;

import java.nio.file.Path;

/**
 * A key, key directory or secret file that cannot be used. The message names the file and says what is wrong; it
 * never contains key or secret material.
 */
public final class KeyFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    KeyFileException(Path file, String problem) {
        super(file + ": " + problem);
    }

    KeyFileException(String message) {
        super(message);
    }
}
