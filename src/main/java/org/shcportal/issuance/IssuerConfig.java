package org.shcportal.issuance;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Who signs the cards, and with which keys. */
@ConfigMapping(prefix = "portal.issuer")
public interface IssuerConfig {

    /** The SHC {@code iss}: https, no trailing slash; the JWKS is served at {@code <url>/.well-known/jwks.json}. */
    String url();

    /**
     * Also put the {@code vc.type} entries that match the content, deprecated in version 1.4.0 of the SMART Health
     * Cards specification (https://spec.smarthealth.cards/changelog/).
     */
    @WithDefault("true")
    boolean legacyTypes();

    /** Publish revocation lists and {@code crlVersion} (https://spec.smarthealth.cards/#revocation). */
    @WithDefault("true")
    boolean revocation();

    /** A folder of EC P-256 private keys (JWK or PEM) and an {@code active-kid} file; required in production. */
    Optional<Path> keysDir();

    /** The file holding the {@code rid} HMAC secret; required in production. */
    Optional<Path> ridSecretFile();

    /**
     * Where the demo portal (embedded database) generates its one key and secret on first start, when
     * {@link #keysDir()} is not set. Never set in production.
     */
    Optional<Path> generatedKeysDir();
}
