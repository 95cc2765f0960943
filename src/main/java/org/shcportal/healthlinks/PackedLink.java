package org.shcportal.healthlinks;

/**
 * A link's code as the family pack prints it.
 *
 * @param title the link's name, introduced as a SMART Health Link
 * @param caption what it shares, until when, and whether a passcode is needed
 * @param viewerUrl what the QR code holds: the link behind the portal's viewer
 */
public record PackedLink(String title, String caption, String viewerUrl) {
}
