package org.shcportal.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * A file holding private key or secret material: readable and writable by its owner only, where the file system
 * has POSIX permissions.
 */
final class SecretFile {

    private static final Set<PosixFilePermission> NOT_OWNER = Set.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    private static final String OWNER_ONLY_FILE = "rw-------";
    private static final String OWNER_ONLY_DIRECTORY = "rwx------";

    private SecretFile() {
    }

    /** The file's text, after checking that only its owner may read or write it. */
    static String read(Path file) {
        try {
            checkOwnerOnly(file);
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new KeyFileException(file, "cannot be read (" + e + ")");
        }
    }

    /**
     * Writes a new file with owner-only permissions (0600), creating missing directories owner-only (0700). The
     * file appears whole or not at all.
     */
    static void create(Path file, String content) {
        Path directory = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(directory, ownerOnly(directory, OWNER_ONLY_DIRECTORY));
            Path partial = Files.createTempFile(directory, ".new-", ".tmp", ownerOnly(directory, OWNER_ONLY_FILE));
            try {
                Files.writeString(partial, content);
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new KeyFileException(file, "cannot be written (" + e + ")");
        }
    }

    private static void checkOwnerOnly(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions = view.readAttributes().permissions();
        if (permissions.stream().anyMatch(NOT_OWNER::contains)) {
            throw new KeyFileException(file, "permissions " + PosixFilePermissions.toString(permissions)
                    + " let group or others in; allow the owner only (chmod 600 or 400)");
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path directory, String permissions) {
        if (!directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions)) };
    }
}
