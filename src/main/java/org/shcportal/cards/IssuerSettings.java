package org.shcportal.cards;

import java.net.URI;

/**
 * Who signs the cards.
 *
 * @param iss the issuer URL: https, no trailing slash (SMART Health Cards specification, "Determining keys
 *        associated with an issuer", https://spec.smarthealth.cards/#determining-keys-associated-with-an-issuer);
 *        verifiers fetch {@code <iss>/.well-known/jwks.json}
 * @param legacyTypes whether {@code vc.type} also carries the deprecated types that match the content (see version
 *        1.4.0 in https://spec.smarthealth.cards/changelog/)
 */
public record IssuerSettings(String iss, boolean legacyTypes) {

    public IssuerSettings {
        URI uri;
        try {
            uri = URI.create(iss);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The issuer URL \"" + iss + "\" is not a URL.", e);
        }
        if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("The issuer URL \"" + iss + "\" must be an https:// URL.");
        }
        if (iss.endsWith("/")) {
            throw new IllegalArgumentException("The issuer URL \"" + iss + "\" must not end with a slash.");
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("The issuer URL \"" + iss + "\" must not have a query or fragment.");
        }
    }
}
