package org.shcportal.wallet;

import java.util.Locale;

/**
 * The phone platform a browser runs on, from its User-Agent, so a page can put the matching wallet button first:
 * Apple Health on iOS, Google Wallet on Android. A guess to order buttons by, never a reason to hide the others.
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
