package org.shcportal.wallet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The registry's Google Cloud service-account key, as Google hands it out: a JSON key file with
 * {@code client_email}, {@code private_key_id} and {@code private_key} (an RSA key, PEM-encoded PKCS#8). It signs the
 * "save to Google Wallet" links. Error messages name the file and the field, never a key value.
 *
 * @param clientEmail the service account's address, the JWT {@code iss}
 * @param privateKeyId the key's id, the JWT header {@code kid}
 */
public record GoogleServiceAccountKey(String clientEmail, String privateKeyId, RSAPrivateKey privateKey) {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern PKCS8_PEM = Pattern
            .compile("-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");

    /** Reads a key file. */
    public static GoogleServiceAccountKey load(Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("The Google service-account key file " + file + " cannot be read ("
                    + e.getClass().getSimpleName() + ").");
        }
        try {
            return parse(json);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The Google service-account key file " + file + " is not usable: "
                    + e.getMessage());
        }
    }

    /**
     * Reads the JSON of a key file.
     *
     * @throws IllegalArgumentException naming the missing or unusable field
     */
    public static GoogleServiceAccountKey parse(String json) {
        JsonNode key;
        try {
            key = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("it is not JSON.");
        }
        if (key == null || !key.isObject()) {
            throw new IllegalArgumentException("it is not a JSON object.");
        }
        return new GoogleServiceAccountKey(text(key, "client_email"), text(key, "private_key_id"),
                rsaKey(text(key, "private_key")));
    }

    private static String text(JsonNode key, String field) {
        JsonNode value = key.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("it has no \"" + field + "\".");
        }
        return value.asText().strip();
    }

    private static RSAPrivateKey rsaKey(String pem) {
        Matcher block = PKCS8_PEM.matcher(pem);
        if (!block.find()) {
            throw new IllegalArgumentException("\"private_key\" is not a PEM PKCS#8 private key.");
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(block.group(1));
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IllegalArgumentException | GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("\"private_key\" is not an RSA private key.");
        }
    }

    /** Never prints the private key. */
    @Override
    public String toString() {
        return "GoogleServiceAccountKey[" + clientEmail + ", kid " + privateKeyId + "]";
    }
}
