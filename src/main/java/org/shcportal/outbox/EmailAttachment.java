package org.shcportal.outbox;

import java.util.regex.Pattern;

/**
 * A file to send with an email: its name as the recipient's mail program shows it, its media type and its bytes.
 * Names are plain ASCII (letters, digits, dot, dash, underscore) so that every mail program keeps them.
 */
public record EmailAttachment(String fileName, String mediaType, byte[] content) {

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    public EmailAttachment {
        if (fileName == null || !FILE_NAME.matcher(fileName).matches()) {
            throw new IllegalArgumentException("An attachment's file name must be 1 to 100 letters, digits, . _ or -");
        }
        if (mediaType == null || mediaType.isBlank() || content == null || content.length == 0) {
            throw new IllegalArgumentException("An attachment needs a media type and some content");
        }
    }
}
