package org.shcportal.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shcportal.fixtures.ShcExamples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;

/** The save link, signed with a service-account key the test makes, checked with its public key. */
class GoogleWalletPassTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final String EMAIL = "wallet@registry-project.iam.gserviceaccount.com";
    private static final String KEY_ID = "0123456789abcdef0123456789abcdef01234567";
    private static final String SHC_TEXT = ShcExamples.read("example-00-f-qr-code-numeric-value-0.txt");

    private static KeyPair keys;

    @TempDir
    Path folder;

    @BeforeAll
    static void makeKey() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
    }

    @Test
    void theLinkIsGooglesSaveUrlWithAJwtSignedByTheServiceAccountKey() throws Exception {
        String url = pass(List.of("https://portal.example")).saveUrl(john());

        assertThat(url).startsWith("https://pay.google.com/gp/v/save/");
        JWSObject jwt = JWSObject.parse(url.substring(GoogleWalletPass.SAVE_URL.length()));
        assertThat(jwt.verify(new RSASSAVerifier((RSAPublicKey) keys.getPublic()))).isTrue();
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(KEY_ID);

        JsonNode claims = MAPPER.readTree(jwt.getPayload().toString());
        assertThat(claims.path("iss").asText()).isEqualTo(EMAIL);
        assertThat(claims.path("aud").asText()).isEqualTo("google");
        assertThat(claims.path("typ").asText()).isEqualTo("savetogooglepay");
        assertThat(claims.path("iat").asLong()).isEqualTo(NOW.getEpochSecond());
        assertThat(claims.path("origins")).hasSize(1);
        assertThat(claims.path("origins").path(0).asText()).isEqualTo("https://portal.example");
        assertThat(claims.path("payload").size()).isEqualTo(1);
        assertThat(claims.path("payload").path("genericObjects")).hasSize(1);
    }

    @Test
    void theGenericObjectCarriesTheCardAsItsQrCodeWithTheRegistryPersonAndDoses() throws Exception {
        JsonNode object = genericObject(pass(List.of()).jwt(john()));

        assertThat(object.path("id").asText()).matches("3388000000022222222\\.[A-Za-z0-9_-]{43}");
        assertThat(object.path("classId").asText()).isEqualTo("3388000000022222222.smart-health-card");
        assertThat(object.path("barcode").path("type").asText()).isEqualTo("QR_CODE");
        assertThat(object.path("barcode").path("value").asText()).isEqualTo(SHC_TEXT);
        assertThat(localized(object, "cardTitle")).isEqualTo("State Immunization Registry");
        assertThat(localized(object, "subheader")).isEqualTo("COVID-19 vaccination");
        assertThat(localized(object, "header")).isEqualTo("John B. Anyperson");
        assertThat(object.path("header").path("defaultValue").path("language").asText()).isEqualTo("en-US");
        JsonNode modules = object.path("textModulesData");
        assertThat(modules).hasSize(3);
        assertThat(modules.path(0).path("header").asText()).isEqualTo("Date of birth");
        assertThat(modules.path(0).path("body").asText()).isEqualTo("1951-01-20");
        assertThat(modules.path(1).path("header").asText()).isEqualTo("Moderna COVID-19 Vaccine");
        assertThat(modules.path(1).path("body").asText()).isEqualTo("2021-01-01 · Lot 0000001 · ABC General Hospital");
        assertThat(modules.path(2).path("id").asText()).isEqualTo("row-2");
    }

    @Test
    void theSameCardAlwaysGetsTheSameObjectIdAndAnotherCardAnotherOne() {
        GoogleWalletPass pass = pass(List.of());
        String other = ShcExamples.read("example-01-f-qr-code-numeric-value-0.txt");

        assertThat(pass.objectId(SHC_TEXT)).isEqualTo(pass.objectId(SHC_TEXT)).isNotEqualTo(pass.objectId(other));
    }

    @Test
    void onlyTheMostRecentRowsGoWhenThereAreMoreThanGoogleShows() throws Exception {
        List<GoogleWalletPass.Row> rows = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            rows.add(new GoogleWalletPass.Row("Dose " + i, "2021-01-" + (10 + i)));
        }
        GoogleWalletPass.Pass many = new GoogleWalletPass.Pass(SHC_TEXT, "Registry", "Vaccinations", "Gilbert Tafoya",
                "Date of birth", LocalDate.of(1958, 7, 4), rows, Locale.ENGLISH);

        JsonNode modules = genericObject(pass(List.of()).jwt(many)).path("textModulesData");

        assertThat(modules).hasSize(GoogleWalletPass.MAX_TEXT_MODULES);
        assertThat(modules.path(1).path("header").asText()).isEqualTo("Dose 6");
        assertThat(modules.path(9).path("header").asText()).isEqualTo("Dose 14");
    }

    @Test
    void aCardSplitAcrossSeveralCodesCannotBeAPass() {
        String chunk = ShcExamples.read("example-02-f-qr-code-numeric-value-0.txt");

        assertThatThrownBy(() -> new GoogleWalletPass.Pass(chunk, "Registry", "Tests", "John", "Date of birth",
                LocalDate.of(1951, 1, 20), List.of(), Locale.ENGLISH)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one QR code");
    }

    @Test
    void theProducerGivesNothingUntilIssuerIdAndKeyFileAreBothSet() throws IOException {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        Path keyFile = keyFile();
        GoogleWalletBeans beans = new GoogleWalletBeans();

        assertThat(beans.googleWalletPass(config(Optional.empty(), Optional.empty()), clock)).isEmpty();
        assertThat(beans.googleWalletPass(config(Optional.of("3388000000022222222"), Optional.empty()), clock))
                .isEmpty();
        assertThat(beans.googleWalletPass(config(Optional.empty(), Optional.of(keyFile)), clock)).isEmpty();
        assertThat(beans.googleWalletPass(config(Optional.of("3388000000022222222"), Optional.of(keyFile)), clock))
                .hasValueSatisfying(pass -> assertThat(pass.classId()).endsWith(".smart-health-card"));
    }

    @Test
    void anUnusableKeyFileIsNamedWithoutShowingItsContents() throws IOException {
        Path broken = Files.writeString(folder.resolve("broken.json"),
                "{\"client_email\":\"" + EMAIL + "\",\"private_key_id\":\"k\",\"private_key\":\"SECRET-MATERIAL\"}");
        Path missing = folder.resolve("missing.json");

        assertThatThrownBy(() -> GoogleServiceAccountKey.load(broken)).hasMessageContaining("broken.json")
                .hasMessageContaining("private_key").hasMessageNotContaining("SECRET-MATERIAL");
        assertThatThrownBy(() -> GoogleServiceAccountKey.load(missing)).hasMessageContaining("missing.json");
        assertThat(GoogleServiceAccountKey.load(keyFile()).toString()).contains(EMAIL).doesNotContain("PRIVATE");
    }

    private GoogleWalletPass pass(List<String> origins) {
        try {
            return new GoogleWalletPass(GoogleServiceAccountKey.load(keyFile()), "3388000000022222222",
                    "smart-health-card", origins, Clock.fixed(NOW, ZoneOffset.UTC));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GoogleWalletPass.Pass john() {
        return new GoogleWalletPass.Pass(SHC_TEXT, "State Immunization Registry", "COVID-19 vaccination",
                "John B. Anyperson", "Date of birth", LocalDate.of(1951, 1, 20),
                List.of(new GoogleWalletPass.Row("Moderna COVID-19 Vaccine",
                        "2021-01-01 · Lot 0000001 · ABC General Hospital"),
                        new GoogleWalletPass.Row("Moderna COVID-19 Vaccine",
                                "2021-01-29 · Lot 0000007 · ABC General Hospital")),
                Locale.US);
    }

    /** A service-account key file as Google hands it out, for the test's own RSA key. */
    private Path keyFile() throws IOException {
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        Map<String, String> json = Map.of("type", "service_account", "project_id", "registry-project",
                "private_key_id", KEY_ID, "private_key", pem, "client_email", EMAIL);
        return Files.writeString(folder.resolve("service-account.json"), MAPPER.writeValueAsString(json));
    }

    private static JsonNode genericObject(String jwt) throws Exception {
        return MAPPER.readTree(JWSObject.parse(jwt).getPayload().toString()).path("payload").path("genericObjects")
                .path(0);
    }

    private static String localized(JsonNode object, String field) {
        return object.path(field).path("defaultValue").path("value").asText();
    }

    private static GoogleWalletConfig config(Optional<String> issuerId, Optional<Path> keyFile) {
        return new GoogleWalletConfig() {
            @Override
            public Optional<String> issuerId() {
                return issuerId;
            }

            @Override
            public String classSuffix() {
                return "smart-health-card";
            }

            @Override
            public Optional<Path> serviceAccountKeyFile() {
                return keyFile;
            }

            @Override
            public Optional<List<String>> origins() {
                return Optional.empty();
            }
        };
    }
}
