package org.shcportal.healthlinks;

/**
 * A link's code as the family pack prints it.
 *
 * @param title the link's name, introduced as a SMART Health Link
 * @param caption what it shares, until when, and whether a passcode is needed
 * @param qrDataUri the link's QR code as a PNG data URI, drawn as on the link's printable page
 */
public record PackedLink(String title, String caption, String qrDataUri) {
}
