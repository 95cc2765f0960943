package org.shcportal.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * HTTPS for the demo portal: a self-signed certificate for localhost, made once with the JDK's keytool and kept
 * next to the embedded database, so that the default issuer {@code https://localhost:8443} serves its keys over TLS
 * as in production. Never used with a configured database.
 */
final class DemoCertificate {

    static final int HTTPS_PORT = 8443;
    private static final String STORE = "localhost.p12";
    private static final String PASSWORD = "localhost.p12.password";

    private DemoCertificate() {
    }

    /** Makes the certificate on first use; returns the settings that point Quarkus's HTTPS listener at it. */
    static Map<String, String> enable(Path folder) throws IOException {
        Path store = folder.resolve(STORE);
        Path passwordFile = folder.resolve(PASSWORD);
        if (!Files.exists(store) || !Files.exists(passwordFile)) {
            create(folder, store, passwordFile);
        }
        return Map.of("quarkus.tls.key-store.p12.path", store.toString(),
                "quarkus.tls.key-store.p12.password", Files.readString(passwordFile).strip(),
                "quarkus.http.ssl-port", Integer.toString(HTTPS_PORT),
                "quarkus.http.insecure-requests", "enabled");
    }

    private static void create(Path folder, Path store, Path passwordFile) throws IOException {
        Files.createDirectories(folder);
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Files.deleteIfExists(store);
        run(List.of(keytool(), "-genkeypair", "-alias", "localhost", "-keyalg", "EC", "-groupname", "secp256r1",
                "-validity", "825", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", password, "-keypass", password));
        Files.writeString(passwordFile, password, StandardCharsets.US_ASCII);
        ownerOnly(passwordFile);
        ownerOnly(store);
    }

    private static String keytool() {
        return Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("keytool could not make the demo certificate: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while making the demo certificate", e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
