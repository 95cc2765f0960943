package org.shcportal.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo portal's HTTPS certificate: made once for localhost, then reused. */
class DemoCertificateTest {

    @TempDir
    Path folder;

    @Test
    void makesALocalhostCertificateOnceAndPointsHttpsAtIt() throws Exception {
        Map<String, String> settings = DemoCertificate.enable(folder);
        Path store = Path.of(settings.get("quarkus.tls.key-store.p12.path"));
        byte[] first = Files.readAllBytes(store);
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keyStore.load(in, settings.get("quarkus.tls.key-store.p12.password").toCharArray());
        }
        X509Certificate certificate = (X509Certificate) keyStore.getCertificate("localhost");
        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=localhost");
        assertThat(certificate.getSubjectAlternativeNames()).anySatisfy(name -> assertThat(name.get(1)).isEqualTo(
                "localhost"));
        assertThat(settings).containsEntry("quarkus.http.ssl-port", "8443");

        assertThat(DemoCertificate.enable(folder)).isEqualTo(settings);
        assertThat(Files.readAllBytes(store)).isEqualTo(first);
    }
}
