package org.shcportal.checking;

import java.util.List;

/**
 * Why what a visitor sent cannot be checked, and which field to say it next to. It carries no part of the input, so
 * it can never leak a card into a log or a page it does not belong on.
 */
final class InputProblem extends Exception {

    private static final long serialVersionUID = 1L;

    /** The form's two ways in: a file (or pictures) and pasted text. */
    enum Field {
        FILE("file"),
        TEXT("text");

        final String id;

        Field(String id) {
            this.id = id;
        }
    }

    enum Kind {
        /** Neither a file nor text. */
        EMPTY,
        /** Both a file and text: we would not know which to check. */
        BOTH,
        /** More than {@link CardInput#MAX_UPLOAD_BYTES}; answered with 413. */
        TOO_LARGE,
        /** A card file of more than {@link CardInput#MAX_CARD_FILE_BYTES}; answered with 413. */
        CARD_FILE_TOO_LARGE,
        /** A file that is no card file, no PNG or JPEG picture, and no text of a QR code. */
        NOT_A_CARD_FILE,
        /** JSON, but no {@code verifiableCredential} list of cards. */
        NOT_A_HEALTH_CARD,
        /** A picture of more than {@link QrPicture#MAX_PIXELS} pixels. */
        PICTURE_TOO_LARGE,
        /** More than {@link CardInput#MAX_PICTURES} pictures. */
        TOO_MANY_PICTURES,
        /** Pictures of more than {@link CardInput#MAX_PIXELS_IN_ALL} pixels in all. */
        PICTURES_TOO_LARGE,
        /** A picture in which no QR code can be read. */
        NO_QR_CODE,
        /** A QR code whose text does not start with {@code shc:/}. */
        QR_NOT_A_CARD,
        /** Text that is no {@code shc:/} QR text and no JWS. */
        NOT_A_CARD_TEXT,
        TEXT_TOO_LONG,
        /** Some chunks of a card split across several QR codes are missing. */
        CHUNKS_MISSING,
        /** Chunks that cannot belong to one card. */
        CHUNKS_MIXED,
        TOO_MANY_CARDS,
        /** Shaped like a card, but its contents cannot be read. */
        UNREADABLE,
        /** Too many checks or pictures being read at once on this replica; answered with 503. */
        BUSY,
        /** Too many checks from one address in a short time ({@link CheckRateLimit}); answered with 429. */
        RATE_LIMITED
    }

    final Field field;
    final Kind kind;
    /** For {@link Kind#CHUNKS_MISSING}: how many chunks were given, of how many, and which are missing. */
    final int given;
    final int total;
    final List<Integer> missing;

    InputProblem(Field field, Kind kind) {
        this(field, kind, 0, 0, List.of());
    }

    private InputProblem(Field field, Kind kind, int given, int total, List<Integer> missing) {
        super(kind.name(), null, false, false);
        this.field = field;
        this.kind = kind;
        this.given = given;
        this.total = total;
        this.missing = List.copyOf(missing);
    }

    static InputProblem chunksMissing(Field field, int given, int total, List<Integer> missing) {
        return new InputProblem(field, Kind.CHUNKS_MISSING, given, total, missing);
    }

    /** 413 for a body or file that is too large, 429 and 503 to try again later (RFC 9110, RFC 6585), else 400. */
    int status() {
        return switch (kind) {
            case TOO_LARGE, CARD_FILE_TOO_LARGE -> 413;
            case RATE_LIMITED -> 429;
            case BUSY -> 503;
            default -> 400;
        };
    }
}
