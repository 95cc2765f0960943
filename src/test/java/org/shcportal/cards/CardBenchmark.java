package org.shcportal.cards;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shcportal.keys.DevKeyRing;
import org.shcportal.keys.EcdsaProvider;
import org.shcportal.keys.KeyRing;
import org.shcportal.keys.RidSecret;
import org.shcportal.qr.NumericQr;
import org.shcportal.qr.QrPng;
import org.shcportal.qr.QrSymbol;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Single-thread speed of the card pipeline on the IG's 3-dose COVID-19 card (John B. Anyperson), with
 * kill-the-clipboard's issuer measured in the same run for comparison. Not part of the test suite (no "Test"
 * suffix); run it with {@code ./mvnw test -Dtest=CardBenchmark -Dsurefire.failIfNoSpecifiedTests=false}, on each
 * JDK with {@code JAVA_HOME}. Prints one line per stage and the ratios.
 */
class CardBenchmark {

    private static final int WARM_UP = 3_000;
    private static final int MEASURED = 5_000;
    private static final HealthRecord JOHN = new HealthRecord(CardIssuerTest.JOHN, CardIssuerTest.igScenarioOneDoses(),
            List.of());

    /** Keeps the JIT from dropping work whose result is unused. */
    private static volatile Object sink;

    @TempDir
    Path folder;

    @Test
    void measure() throws Exception {
        KeyRing keys = DevKeyRing.loadOrCreate(folder.resolve("keys"));
        CardIssuer issuer = new CardIssuer(new IssuerSettings(CardIssuerTest.ISS, true), keys.active(),
                RidSecret.loadOrCreate(folder.resolve("rid-secret")), Clock.systemUTC());
        JwsSigner signer = new JwsSigner(keys.active());
        CardVerifier verifier = new CardVerifier(CardIssuerTest.ISS, kid -> keys.byKid(kid).map(k -> k.verifier()),
                (kid, rid) -> List.of());
        List<String> types = CardGroup.COVID19.credentialTypes(true);
        byte[] claims = CredentialClaims.minifiedJson(CardIssuerTest.ISS, 1_700_000_000L, types,
                FhirBundle.vaccination(JOHN.subject(), JOHN.doses()), "abcdefghijk");
        byte[] deflated = JwsSigner.deflate(claims);
        String jws = issuer.issue(JOHN).get(0).qr().jws();
        String text = NumericQr.texts(jws).get(0);
        QrSymbol symbol = QrSymbol.encode(text);

        System.out.printf("JDK %s, ES256 provider %s, JWS %d chars, QR version %d%n", Runtime.version(),
                EcdsaProvider.name(), jws.length(), symbol.version());
        System.out.println("breakdown (µs per card):");
        stage("  FHIR bundle + claims JSON", () -> {
            ObjectNode bundle = FhirBundle.vaccination(JOHN.subject(), JOHN.doses());
            return CredentialClaims.minifiedJson(CardIssuerTest.ISS, 1_700_000_000L, types, bundle, "abcdefghijk");
        });
        stage("  raw DEFLATE", () -> JwsSigner.deflate(claims));
        stage("  ES256 sign + serialise", () -> signer.sign(claims));
        stage("  numeric QR text", () -> NumericQr.texts(jws));
        stage("  QR symbol", () -> QrSymbol.encode(text));
        stage("  PNG, 4 px per module", () -> QrPng.render(symbol, 4));
        System.out.println("end to end (µs per card):");
        double jwsOnly = stage("  (a) records -> JWS", () -> signer.sign(CredentialClaims.minifiedJson(
                CardIssuerTest.ISS, 1_700_000_000L, types, FhirBundle.vaccination(JOHN.subject(), JOHN.doses()),
                "abcdefghijk")));
        double withText = stage("  (b) records -> JWS + shc:/ text", () -> issuer.issue(JOHN));
        double withPng = stage("  (c) records -> JWS + QR PNG", () -> {
            Card card = issuer.issue(JOHN).get(0).qr();
            return QrPng.render(QrSymbol.encode(card.qrTexts().get(0)), 4);
        });
        stage("  (d) verify", () -> verifier.verify(jws, Instant.now()));
        compareWithKillTheClipboard(jwsOnly, withText, withPng, deflated.length);
    }

    private static double stage(String name, Supplier<Object> work) {
        for (int i = 0; i < WARM_UP; i++) {
            sink = work.get();
        }
        long start = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            sink = work.get();
        }
        double micros = (System.nanoTime() - start) / 1_000.0 / MEASURED;
        System.out.printf("%-40s %9.1f µs  %,10.0f cards/s%n", name, micros, 1e6 / micros);
        return micros;
    }

    /** Runs src/test/js/issue-bench.mjs in this same run and prints how many times faster we are. */
    private static void compareWithKillTheClipboard(double jws, double text, double png, int deflatedBytes)
            throws IOException, InterruptedException {
        Path script = Path.of("src", "test", "js", "issue-bench.mjs");
        if (!Files.isDirectory(Path.of("src", "test", "js", "node_modules"))) {
            System.out.println("kill-the-clipboard not installed: run npm ci --prefix src/test/js to compare");
            return;
        }
        Process node = new ProcessBuilder("node", script.toString(), "500").redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        node.waitFor(5, TimeUnit.MINUTES);
        System.out.println("kill-the-clipboard: " + output);
        String json = output.substring(output.lastIndexOf('{'));
        double theirJws = number(json, "jwsMs") * 1000;
        double theirText = number(json, "textMs") * 1000;
        double theirPng = number(json, "pngMs") * 1000;
        System.out.printf("ratio (kill-the-clipboard / ours): JWS %.1fx, JWS + text %.1fx, JWS + PNG %.1fx"
                + " (payload %d bytes deflated)%n", theirJws / jws, theirText / text, theirPng / png, deflatedBytes);
    }

    private static double number(String json, String field) {
        int start = json.indexOf("\"" + field + "\":") + field.length() + 3;
        int end = start;
        while (end < json.length() && "0123456789.eE-".indexOf(json.charAt(end)) >= 0) {
            end++;
        }
        return Double.parseDouble(json.substring(start, end));
    }
}
