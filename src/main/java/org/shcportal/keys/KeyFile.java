package org.shcportal.keys;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;

/**
 * A file of the key directory holding one private EC P-256 key (for ES256): a JWK ({@code *.jwk}, {@code *.json})
 * or PEM ({@code *.pem}).
 *
 * @param path where the key was read from
 * @param key the private key
 */
record KeyFile(Path path, ECKey key) {

    private static final String KEY_FILES = "*.{jwk,json,pem}";

    /** The key files in the directory, by name; none when the directory does not exist. */
    static List<Path> in(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, KEY_FILES)) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw new KeyFileException(directory, "cannot be listed (" + e + ")");
        }
        files.removeIf(Files::isDirectory);
        files.sort(null);
        return files;
    }

    static KeyFile read(Path path) {
        String text = SecretFile.read(path);
        ECKey key = path.getFileName().toString().endsWith(".pem") ? PemKey.parse(path, text) : jwk(path, text);
        return new KeyFile(path, key);
    }

    String kid() {
        return SigningKey.kidOf(key);
    }

    private static ECKey jwk(Path path, String text) {
        JWK jwk;
        try {
            jwk = JWK.parse(text);
        } catch (ParseException e) {
            throw new KeyFileException(path, "not parseable as a JWK (" + e.getMessage() + ")");
        }
        if (!(jwk instanceof ECKey ec)) {
            throw new KeyFileException(path, "not EC P-256 (kty " + jwk.getKeyType() + ")");
        }
        if (!Curve.P_256.equals(ec.getCurve())) {
            throw new KeyFileException(path, "not EC P-256 (crv " + ec.getCurve() + ")");
        }
        if (!ec.isPrivate()) {
            throw new KeyFileException(path, "has no private part (\"d\")");
        }
        if (ec.getKeyID() != null && !ec.getKeyID().equals(SigningKey.kidOf(ec))) {
            throw new KeyFileException(path, "its kid " + ec.getKeyID() + " is not the key's RFC 7638 thumbprint "
                    + SigningKey.kidOf(ec) + ", as the SMART Health Cards specification requires");
        }
        return ec;
    }
}
