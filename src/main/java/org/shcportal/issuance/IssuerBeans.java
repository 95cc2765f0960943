package org.shcportal.issuance;

import java.nio.file.Path;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.shcportal.cards.CardIssuer;
import org.shcportal.cards.CardVerifier;
import org.shcportal.cards.IssuerSettings;
import org.shcportal.crl.RevocationList;
import org.shcportal.keys.DevKeyRing;
import org.shcportal.keys.EcdsaProvider;
import org.shcportal.keys.KeyRing;
import org.shcportal.keys.RidSecret;
import org.shcportal.keys.SigningKey;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Builds the card pipeline from configuration once, and checks it at startup: a portal without a usable signing
 * key does not start.
 */
@ApplicationScoped
public class IssuerBeans {

    private static final Logger LOG = Logger.getLogger(IssuerBeans.class);
    static final String RID_SECRET_FILE = "rid-secret";

    @Produces
    @Singleton
    KeyRing keyRing(IssuerConfig config) {
        if (config.keysDir().isPresent()) {
            return KeyRing.load(config.keysDir().get());
        }
        return DevKeyRing.loadOrCreate(generatedDir(config));
    }

    @Produces
    @Singleton
    RidSecret ridSecret(IssuerConfig config) {
        if (config.ridSecretFile().isPresent()) {
            return RidSecret.load(config.ridSecretFile().get());
        }
        return RidSecret.loadOrCreate(generatedDir(config).resolve(RID_SECRET_FILE));
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    IssuerSettings settings(IssuerConfig config) {
        return new IssuerSettings(config.url(), config.legacyTypes());
    }

    @Produces
    @Singleton
    CardIssuer cardIssuer(IssuerSettings settings, KeyRing keys, RidSecret ridSecret, Clock clock) {
        return new CardIssuer(settings, keys.active(), ridSecret, clock);
    }

    /** Our own verifier: our keys, and the revocation lists as they stand in the database. */
    @Produces
    @Singleton
    CardVerifier cardVerifier(IssuerSettings settings, KeyRing keys) {
        return new CardVerifier(settings.iss(), kid -> keys.byKid(kid).map(SigningKey::verifier),
                (kid, rid) -> QuarkusTransaction.joiningExisting().call(() -> RevocationList.entriesOf(kid, rid)));
    }

    void checkAtStartup(@Observes StartupEvent event, KeyRing keys, RidSecret ridSecret, IssuerSettings settings) {
        LOG.infof("Cards are issued as %s, signed with key %s (%d key(s) published); ES256 provider: %s",
                settings.iss(), keys.active().kid(), keys.all().size(), EcdsaProvider.name());
    }

    private static Path generatedDir(IssuerConfig config) {
        return config.generatedKeysDir().orElseThrow(() -> new IllegalStateException(
                "No signing key configured: set PORTAL_ISSUER_KEYS_DIR to the folder of the signing keys and"
                        + " PORTAL_ISSUER_RID_SECRET_FILE to the rid secret file."));
    }
}
