package org.shcportal.healthlinks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.shcportal.fixtures.TestPeople;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Our links resolved by software we did not write: kill-the-clipboard's SHLViewer, run by
 * {@code src/test/js/resolve-links.mjs}, fetches each manifest from this test's portal, decrypts the files and
 * verifies the cards against the portal's JWKS and revocation lists. The portal's issuer URL is its own HTTPS test port,
 * so the links, their location URLs and the cards' {@code iss} all point at it.
 */
@QuarkusTest
@TestProfile(KillTheClipboardLinksTest.OwnAddress.class)
class KillTheClipboardLinksTest {

    private static final Path SCRIPT = Path.of("src", "test", "js", "resolve-links.mjs");
    private static final String CERTIFICATE = "certificate.pem";

    /**
     * The issuer URL is the test portal's own HTTPS port, with a self-signed certificate for localhost made with the
     * JDK's keytool for this run (no key is committed); Node trusts it through {@code NODE_EXTRA_CA_CERTS}.
     */
    public static class OwnAddress implements QuarkusTestProfile {

        private static final String PASSWORD = UUID.randomUUID().toString();

        @Override
        public Map<String, String> getConfigOverrides() {
            int port = freePort();
            Path store = certificateStore();
            return Map.of("quarkus.http.test-ssl-port", Integer.toString(port), "quarkus.tls.key-store.p12.path",
                    store.toString(), "quarkus.tls.key-store.p12.password", PASSWORD,
                    "quarkus.http.insecure-requests", "enabled", "portal.issuer.url", "https://localhost:" + port);
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A PKCS #12 key store for localhost, and its certificate as {@code certificate.pem} next to it. */
        private static Path certificateStore() {
            try {
                Path folder = Files.createTempDirectory("shl-test-tls");
                Path store = folder.resolve("portal.p12");
                keytool("-genkeypair", "-alias", "portal", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                        "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-keystore",
                        store.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
                keytool("-exportcert", "-rfc", "-alias", "portal", "-keystore", store.toString(), "-storepass",
                        PASSWORD, "-file", folder.resolve(CERTIFICATE).toString());
                return store;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void keytool(String... arguments) throws IOException {
            List<String> command = new ArrayList<>(
                    List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
            command.addAll(List.of(arguments));
            Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            try {
                if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                    throw new IllegalStateException("keytool failed: " + output);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void killTheClipboardResolvesOurLinksWithAndWithoutPasscodeEmbeddedAndByLocationAndVerifiesTheirCards()
            throws Exception {
        String resident = TestPeople.adultWithCards();
        CreatedLink plain = TestLinks.create(resident, withLabel("Plain link", Optional.empty(), false,
                LinkContent.ALL_CARDS));
        CreatedLink guarded = TestLinks.create(resident, withLabel("Passcode link", Optional.of("river-stone-42"),
                true, LinkContent.EVERYTHING));
        CreatedLink viewer = TestLinks.create(resident, withLabel("Viewer link", Optional.empty(), true,
                LinkContent.ALL_CARDS));
        String viewerUrl = TestLinks.links().viewerUrl(viewer.link());

        List<String> embedded = resolve(0, "--issuer", issuer(), plain.shlink(), "--passcode",
                "river-stone-42", guarded.shlink(), viewerUrl);
        List<String> located = resolve(0, "--issuer", issuer(), "--embedded-length-max", "200",
                plain.shlink(), "--passcode", "river-stone-42", guarded.shlink());

        assertThat(embedded).containsExactly("OK Plain link: 1 cards, 0 FHIR resources (1 embedded, 0 by location)",
                "OK Passcode link: 1 cards, 1 FHIR resources (2 embedded, 0 by location)",
                "OK Viewer link: 1 cards, 0 FHIR resources (1 embedded, 0 by location)", "3 passed, 0 failed");
        assertThat(located).containsExactly("OK Plain link: 1 cards, 0 FHIR resources (0 embedded, 1 by location)",
                "OK Passcode link: 1 cards, 1 FHIR resources (0 embedded, 2 by location)", "2 passed, 0 failed");
        assertThat(TestLinks.accesses(guarded.link().id)).hasSize(4).allMatch(access -> access.accepted)
                .allMatch(access -> access.recipient.equals("kill-the-clipboard resolve-links.mjs"));
    }

    @Test
    void aWrongPasscodeFailsInKillTheClipboardToo() throws Exception {
        CreatedLink guarded = TestLinks.create(TestPeople.adultWithCards(),
                withLabel("Passcode link", Optional.of("river-stone-42"), false, LinkContent.ALL_CARDS));

        List<String> output = resolve(1, "--issuer", issuer(), "--passcode", "not-the-passcode",
                guarded.shlink());

        assertThat(output).containsExactly("FAIL Passcode link: SHLInvalidPasscodeError: Invalid or missing passcode",
                "0 passed, 1 failed");
    }

    private static LinkRequest withLabel(String label, Optional<String> passcode, boolean stayCurrent,
            LinkContent content) {
        return new LinkRequest(content, Optional.empty(), passcode, LinkExpiry.WEEK, label, stayCurrent, false);
    }

    private static String issuer() {
        return ConfigProvider.getConfig().getValue("portal.issuer.url", String.class);
    }

    /** The script's output lines, after checking its exit code. */
    private static List<String> resolve(int expectedExit, String... arguments) throws Exception {
        assertThat(Path.of("src", "test", "js", "node_modules", "kill-the-clipboard"))
                .as("kill-the-clipboard is installed: run npm ci --prefix src/test/js").isDirectory();
        List<String> command = new ArrayList<>(List.of("node", SCRIPT.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("NODE_EXTRA_CA_CERTS", Path.of(ConfigProvider.getConfig()
                .getValue("quarkus.tls.key-store.p12.path", String.class)).resolveSibling(CERTIFICATE).toString());
        Process node = builder.start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(node.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(node.exitValue()).as(output).isEqualTo(expectedExit);
        return output.lines().toList();
    }
}
