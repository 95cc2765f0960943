package org.shcportal.downloads;

import java.util.List;

/**
 * The cards page's contents, as text and URLs ready for the template.
 *
 * @param heading "Your cards", or the child's initials only
 * @param revokedNotice that earlier cards were withdrawn and when, in words; null when they never were
 */
public record CardsPage(long personId, boolean self, String heading, List<CardItem> cards, boolean familyPack,
        boolean appleFirst, String revokedNotice) {

    /**
     * One card with its codes and downloads.
     *
     * @param oneCodeUrl the form for a SMART Health Link of all cards, offered when the card's history does not fit
     *        one code; else null
     */
    public record CardItem(String slug, String heading, String coverage, List<Code> codes, String appleLink,
            String googleLink, FullHistory fullHistory, String oneCodeUrl) {
    }

    /** The full history of a card too big for one code: chunked codes to scan together. */
    public record FullHistory(String heading, List<Code> codes) {
    }

    /** One QR code: the image inline, and its downloads. */
    public record Code(int number, int count, String label, String alt, String pngDataUri, String pngUrl,
            String svgUrl) {
    }
}
