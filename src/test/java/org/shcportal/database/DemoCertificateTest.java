package org.shcportal.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo portal's HTTPS certificate: made once for localhost, then reused. */
class DemoCertificateTest {

    private static final String[] PROPERTIES = { "quarkus.tls.key-store.p12.path",
            "quarkus.tls.key-store.p12.password", "quarkus.http.ssl-port", "quarkus.http.insecure-requests" };

    @TempDir
    Path folder;

    @AfterEach
    void forgetProperties() {
        for (String property : PROPERTIES) {
            System.clearProperty(property);
        }
    }

    @Test
    void makesALocalhostCertificateOnceAndPointsHttpsAtIt() throws Exception {
        DemoCertificate.enable(folder);
        Path store = Path.of(System.getProperty("quarkus.tls.key-store.p12.path"));
        byte[] first = Files.readAllBytes(store);
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keyStore.load(in, System.getProperty("quarkus.tls.key-store.p12.password").toCharArray());
        }
        X509Certificate certificate = (X509Certificate) keyStore.getCertificate("localhost");
        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=localhost");
        assertThat(certificate.getSubjectAlternativeNames()).anySatisfy(name -> assertThat(name.get(1)).isEqualTo(
                "localhost"));
        assertThat(System.getProperty("quarkus.http.ssl-port")).isEqualTo("8443");

        DemoCertificate.enable(folder);
        assertThat(Files.readAllBytes(store)).isEqualTo(first);
    }
}
