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
     * @param fileLabel the link text of the card's file: with how many doses and for what, when there is also a file
     *        of the full history
     * @param whichFile which of the two files to download and why, when there are two; else null
     */
    public record CardItem(String slug, String heading, String coverage, List<Code> codes, String appleLink,
            String googleLink, FullHistory fullHistory, String oneCodeUrl, String fileLabel, String whichFile) {
    }

    /**
     * The full history of a card too big for one code: chunked codes to scan together.
     *
     * @param fileLabel the link text of its file: all doses, in how many codes, and for whom
     */
    public record FullHistory(String heading, List<Code> codes, String fileLabel) {
    }

    /** One QR code: the image inline, and its downloads. */
    public record Code(int number, int count, String label, String alt, String pngDataUri, String pngUrl,
            String svgUrl) {
    }
}
