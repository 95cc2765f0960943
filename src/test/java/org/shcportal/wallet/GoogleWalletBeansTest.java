package org.shcportal.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The portal as configured for tests has no Google Wallet account: pages get no builder and show no button. */
@QuarkusTest
class GoogleWalletBeansTest {

    @Inject
    Optional<GoogleWalletPass> googleWallet;

    @Inject
    GoogleWalletConfig config;

    @Test
    void withoutConfigurationThereIsNoGoogleWalletLink() {
        assertThat(config.enabled()).isFalse();
        assertThat(googleWallet).isEmpty();
    }
}
