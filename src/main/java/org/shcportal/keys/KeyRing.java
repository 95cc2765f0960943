package org.shcportal.keys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All keys the issuer publishes in its JWKS, one of which signs new cards (old public keys stay published while their
 * cards are relevant, https://spec.smarthealth.cards/#key-management). Read from a directory of private key files
 * ({@code *.jwk}, {@code *.json}, {@code *.pem}); a file {@code active-kid} holds the kid of the signing key, and may
 * be left out when the directory holds one key.
 */
public final class KeyRing {

    static final String ACTIVE_KID_FILE = "active-kid";

    private final List<SigningKey> keys;
    private final SigningKey active;

    private KeyRing(List<SigningKey> keys) {
        this.keys = List.copyOf(keys);
        this.active = keys.stream().filter(SigningKey::active).findFirst().orElseThrow();
    }

    /** Reads every key file in the directory; any unusable file, or no key at all, throws {@link KeyFileException}. */
    public static KeyRing load(Path directory) {
        List<KeyFile> files = KeyFile.in(directory).stream().map(KeyFile::read).toList();
        if (files.isEmpty()) {
            throw new KeyFileException("no signing key in " + directory);
        }
        rejectDuplicates(files);
        String activeKid = activeKid(directory, files);
        return new KeyRing(files.stream()
                .map(file -> new SigningKey(file.key(), file.kid().equals(activeKid)))
                .toList());
    }

    public SigningKey active() {
        return active;
    }

    /** Every key, active or not, in the order of their file names. */
    public List<SigningKey> all() {
        return keys;
    }

    public Optional<SigningKey> byKid(String kid) {
        return keys.stream().filter(key -> key.kid().equals(kid)).findFirst();
    }

    private static void rejectDuplicates(List<KeyFile> files) {
        Map<String, Path> seen = new HashMap<>();
        for (KeyFile file : files) {
            Path earlier = seen.putIfAbsent(file.kid(), file.path());
            if (earlier != null) {
                throw new KeyFileException(file.path(), "holds the same key as " + earlier.getFileName());
            }
        }
    }

    private static String activeKid(Path directory, List<KeyFile> files) {
        Path activeKidFile = directory.resolve(ACTIVE_KID_FILE);
        if (!Files.exists(activeKidFile)) {
            if (files.size() > 1) {
                throw new KeyFileException(activeKidFile, "missing; with " + files.size()
                        + " keys, it must hold the kid of the one that signs");
            }
            return files.get(0).kid();
        }
        String kid = readActiveKid(activeKidFile);
        if (files.stream().noneMatch(file -> file.kid().equals(kid))) {
            throw new KeyFileException(activeKidFile, "names kid \"" + kid + "\", but no key file in "
                    + directory + " has that kid");
        }
        return kid;
    }

    private static String readActiveKid(Path activeKidFile) {
        try {
            return Files.readString(activeKidFile).strip();
        } catch (IOException e) {
            throw new KeyFileException(activeKidFile, "cannot be read (" + e + ")");
        }
    }
}
