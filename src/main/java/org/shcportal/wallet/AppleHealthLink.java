package org.shcportal.wallet;

import java.util.regex.Pattern;

import org.shcportal.qr.NumericQr;

/**
 * The link that adds a card to Apple Health (and from there to Apple Wallet): Apple's SMART Health Card redirect
 * with the QR code's digits in the fragment, so the card never reaches a server. iOS itself
 * rewrites a scanned {@code shc:/} code into this link; Apple documents no other form. Opening it needs iOS 15 or
 * later, in Safari (in-app browsers fail).
 */
public final class AppleHealthLink {

    /** Apple's redirect; the fragment carries the digits of the QR text, as iOS builds it from a scanned code. */
    public static final String BASE = "https://redirect.health.apple.com/SMARTHealthCard/#";

    private static final Pattern CHUNK = Pattern.compile(Pattern.quote(NumericQr.SCHEME) + "[0-9]+/[0-9]+/[0-9]*");

    private AppleHealthLink() {
    }

    /**
     * The link for a card that fits one QR code.
     *
     * @param shcText the card's QR text, {@code shc:/} followed by an even number of digits
     * @throws IllegalArgumentException for a chunk of a card split across several QR codes ({@code shc:/C/N/…}):
     *         the link holds one code only, so such a card can only go to Apple Health as a file; and for a text
     *         that is not a QR text at all
     */
    public static String of(String shcText) {
        if (shcText == null) {
            throw new IllegalArgumentException("There is no QR text to link to.");
        }
        if (CHUNK.matcher(shcText).matches()) {
            throw new IllegalArgumentException("A card split across several QR codes (shc:/C/N/…) cannot be added to"
                    + " Apple Health with a link: offer its .smart-health-card file instead.");
        }
        if (!NumericQr.isSingleCode(shcText)) {
            throw new IllegalArgumentException(
                    "Not the QR text of a SMART Health Card: it must be shc:/ followed by pairs of digits.");
        }
        return BASE + shcText.substring(NumericQr.SCHEME.length());
    }
}
