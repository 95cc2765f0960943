package org.shcportal.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HexFormat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

/** Fresh keys written the ways operators store them, owner-only unless told otherwise. */
final class OperatorKeys {

    private OperatorKeys() {
    }

    static ECKey newP256() {
        return generate(Curve.P_256);
    }

    static ECKey generate(Curve curve) {
        try {
            return new ECKeyGenerator(curve).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path writeJwk(Path directory, String name, JWK key) {
        return write(directory.resolve(name), key.toJSONString());
    }

    /** PKCS#8 as Java writes it: the private scalar and the curve, no public point. */
    static Path writePkcs8(Path directory, String name, ECKey key) {
        try {
            return write(directory.resolve(name), pem("PRIVATE KEY", key.toECPrivateKey().getEncoded()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SEC1 as OpenSSL writes it: an EC PARAMETERS block, then the scalar, the curve and the public point. */
    static Path writeSec1(Path directory, String name, ECKey key) {
        String p256 = "06082a8648ce3d030107";
        String sec1 = "30770201010420" + hex(key.getD().decode()) + "a00a" + p256 + "a144034200" + "04"
                + hex(key.getX().decode()) + hex(key.getY().decode());
        return write(directory.resolve(name), pem("EC PARAMETERS", HexFormat.of().parseHex(p256))
                + pem("EC PRIVATE KEY", HexFormat.of().parseHex(sec1)));
    }

    static Path write(Path file, String content) {
        try {
            Files.writeString(file, content);
            return chmod(file, "rw-------");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path chmod(Path file, String permissions) {
        try {
            return Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String permissions(Path file) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
