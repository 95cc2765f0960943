package org.shcportal.wallet;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The "save to Google Wallet" link: off unless the registry has a Google Wallet issuer account. The
 * service-account key file comes from a mounted secret, e.g. {@code PORTAL_GOOGLE_WALLET_SERVICE_ACCOUNT_KEY_FILE}.
 */
@ConfigMapping(prefix = "portal.google-wallet")
public interface GoogleWalletConfig {

    /** The registry's issuer id in the Google Pay &amp; Wallet Console. */
    Optional<String> issuerId();

    /** The generic pass class, created once in the console as {@code ISSUER_ID.CLASS_SUFFIX}. */
    @WithDefault("smart-health-card")
    String classSuffix();

    /** The service-account key file (JSON) of the Google Cloud account the console authorised. */
    Optional<Path> serviceAccountKeyFile();

    /** The sites allowed to show the save button: the portal's own https address. */
    Optional<List<String>> origins();

    /** True when both the issuer id and the key file are set: only then do pages offer the link. */
    default boolean enabled() {
        return issuerId().filter(id -> !id.isBlank()).isPresent() && serviceAccountKeyFile().isPresent();
    }
}
