package org.shcportal.wallet;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * The Google Wallet link builder, made once from configuration: empty when Google Wallet is not configured, so pages
 * hide the button. A configured but unusable key file stops the portal at startup, naming the file.
 */
@Singleton
public class GoogleWalletBeans {

    private static final Logger LOG = Logger.getLogger(GoogleWalletBeans.class);

    @Produces
    @Singleton
    Optional<GoogleWalletPass> googleWalletPass(GoogleWalletConfig config, Clock clock) {
        if (!config.enabled()) {
            return Optional.empty();
        }
        GoogleServiceAccountKey key = GoogleServiceAccountKey.load(config.serviceAccountKeyFile().get());
        return Optional.of(new GoogleWalletPass(key, config.issuerId().get().strip(), config.classSuffix(),
                config.origins().orElse(List.of()), clock));
    }

    void checkAtStartup(@Observes StartupEvent event, Optional<GoogleWalletPass> pass) {
        if (pass.isPresent()) {
            LOG.infof("Google Wallet links are on, for pass class %s", pass.get().classId());
        } else {
            LOG.debug("Google Wallet links are off: no issuer id or service-account key file configured");
        }
    }
}
