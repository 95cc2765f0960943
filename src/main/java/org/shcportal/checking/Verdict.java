package org.shcportal.checking;

/** What a verifier would conclude about one card, as far as we can tell. */
enum Verdict {
    /** One of our cards: our signature, not revoked, not expired. */
    VALID,
    /** Our signature, but the registry revoked the card (https://spec.smarthealth.cards/#revocation). */
    REVOKED,
    /** Our signature, but its {@code exp} has passed (https://spec.smarthealth.cards/#expiration-of-health-cards). */
    EXPIRED,
    /** Our signature, but its {@code nbf} is in the future. */
    NOT_YET_VALID,
    /** Signed with one of our keys, but the signature does not match: changed or damaged. */
    SIGNATURE_INVALID,
    /** It says it is ours, but none of our keys signed it. */
    UNKNOWN_KEY,
    /** Not built the way a card must be (header, compression, payload). */
    MALFORMED,
    /** Another issuer's card: not checked, and nothing fetched from that issuer. */
    OTHER_ISSUER;

    /**
     * The verdict of {@code CardVerifier}'s reason for rejecting a card. Its reasons are short fixed texts (each one is
     * pinned by {@code VerdictTest}); one we do not know counts as {@link #MALFORMED}.
     */
    static Verdict ofRejection(String reason) {
        switch (reason) {
            case "revoked":
                return REVOKED;
            case "expired":
                return EXPIRED;
            case "not valid yet":
                return NOT_YET_VALID;
            case "signature does not match":
                return SIGNATURE_INVALID;
            case "signed with a key that is not ours":
                return UNKNOWN_KEY;
            default:
                return MALFORMED;
        }
    }

    /** Whether our signature holds, so what the card says is what the registry signed. */
    boolean signatureHolds() {
        return this == VALID || this == REVOKED || this == EXPIRED || this == NOT_YET_VALID;
    }
}
