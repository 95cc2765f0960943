package org.shcportal.wallet;

import java.util.Locale;

/**
 * The phone platform a browser runs on, from its User-Agent, so a page offers the wallet that works there: Apple
 * Health exists only on iOS and Google Wallet only on Android, so a phone recognised as one is not offered the other;
 * any browser not recognised gets both, and the card file always.
 * <p>
 * Caveat: since iPadOS 13, Safari on an iPad asks for desktop sites by default and sends the User-Agent of a Mac
 * ({@code Macintosh; Intel Mac OS X …}); a server cannot tell it from a Mac. Such iPads come out as {@link #OTHER},
 * which is why a page must still offer every button there.
 */
public enum Platform {
    IOS,
    ANDROID,
    OTHER;

    /** The platform of a User-Agent header; {@link #OTHER} for a missing one or one we do not recognise. */
    public static Platform of(String userAgent) {
        if (userAgent == null) {
            return OTHER;
        }
        String agent = userAgent.toLowerCase(Locale.ROOT);
        if (agent.contains("iphone") || agent.contains("ipad") || agent.contains("ipod")) {
            return IOS;
        }
        if (agent.contains("android")) {
            return ANDROID;
        }
        return OTHER;
    }
}
