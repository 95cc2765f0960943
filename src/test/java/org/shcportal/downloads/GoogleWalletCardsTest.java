package org.shcportal.downloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shcportal.downloads.CardsControllerTest.as;
import static org.shcportal.fixtures.TestPeople.idOf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With a Google service-account key configured, each one-code card offers "Save to Google Wallet". */
@QuarkusTest
@TestProfile(GoogleWalletCardsTest.Configured.class)
class GoogleWalletCardsTest {

    private static final Pattern SAVE = Pattern.compile("href=\"https://pay\\.google\\.com/gp/v/save/([^\"]+)\"");
    static final KeyPair KEYS = rsaKeys();

    public static class Configured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("portal.google-wallet.issuer-id", "3388000000012345678",
                    "portal.google-wallet.service-account-key-file", keyFile().toString(),
                    "portal.google-wallet.origins", "https://localhost:8443");
        }
    }

    @Test
    void theCardsPageLinksToGoogleWalletWithASignedPassCarryingTheCard() throws Exception {
        long john = idOf("NM-000001");

        String page = as("NM-000001").get("/people/" + john + "/cards").asString();

        Matcher save = SAVE.matcher(page);
        assertThat(save.find()).isTrue();
        assertThat(page).contains("Save to Google Wallet");
        JWSObject jwt = JWSObject.parse(save.group(1));
        assertThat(jwt.verify(new RSASSAVerifier((RSAPublicKey) KEYS.getPublic()))).isTrue();
        JsonNode claims = new ObjectMapper().readTree(jwt.getPayload().toString());
        assertThat(claims.path("aud").asText()).isEqualTo("google");
        assertThat(claims.path("typ").asText()).isEqualTo("savetogooglepay");
        JsonNode object = claims.path("payload").path("genericObjects").path(0);
        assertThat(object.path("barcode").path("type").asText()).isEqualTo("QR_CODE");
        assertThat(object.path("barcode").path("value").asText()).startsWith("shc:/").doesNotContain("shc:/C");
        assertThat(object.toString()).contains("John B. Anyperson", "ABC General Hospital");
    }

    /** Each wallet only where it works: Google Wallet on Android, Apple Health on iOS, both on a desktop. */
    @Test
    void eachPhoneIsOfferedOnlyItsOwnWalletAndTheFileAlways() {
        String cards = "/people/" + idOf("NM-000001") + "/cards";
        String android = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " Chrome/124.0 Mobile Safari/537.36";
        String iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like"
                + " Gecko) Version/17.4 Mobile/15E148 Safari/604.1";

        String onAndroid = as("NM-000001").header("User-Agent", android).get(cards).asString();
        String onIphone = as("NM-000001").header("User-Agent", iphone).get(cards).asString();
        String onDesktop = as("NM-000001").get(cards).asString();

        assertThat(onAndroid).contains("Save to Google Wallet", "covid-19.smart-health-card")
                .doesNotContain("Add to Apple Health");
        assertThat(onIphone).contains("Add to Apple Health", "covid-19.smart-health-card")
                .doesNotContain("Save to Google Wallet");
        assertThat(onDesktop).contains("Add to Apple Health", "Save to Google Wallet");
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A service-account key file as Google's console hands it out, with the test key. */
    static Path keyFile() {
        try {
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(KEYS.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
            Map<String, String> account = Map.of("type", "service_account", "client_email",
                    "wallet@registry-test.iam.gserviceaccount.com", "private_key_id", "test-key-1", "private_key", pem);
            Path file = Files.createTempFile("google-wallet", ".json");
            Files.writeString(file, new ObjectMapper().writeValueAsString(account));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
