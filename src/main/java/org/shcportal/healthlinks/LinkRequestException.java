package org.shcportal.healthlinks;

/**
 * A link request that cannot be made, and why: {@link #messageKey()} names the sentence for the resident in
 * {@link HealthLinkMessages} (English, Spanish in {@code messages/healthlink_es.properties}).
 */
public class LinkRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the request was refused; each has a sentence of the same name, in lower case, in the bundle. */
    public enum Problem {
        LABEL_MISSING,
        LABEL_TOO_LONG,
        LABEL_INVALID,
        PASSCODE_TOO_SHORT,
        PASSCODE_TOO_LONG,
        CARD_MISSING,
        NOTHING_TO_SHARE
    }

    private final Problem problem;

    public LinkRequestException(Problem problem) {
        super(problem.name());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** The key of the sentence in the {@value HealthLinkMessages#BUNDLE} bundle, e.g. {@code label_too_long}. */
    public String messageKey() {
        return problem.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The sentence for the resident, in the language of {@code messages}. */
    public String message(HealthLinkMessages messages) {
        return switch (problem) {
            case LABEL_MISSING -> messages.label_missing();
            case LABEL_TOO_LONG -> messages.label_too_long(LinkRules.MAX_LABEL_LENGTH);
            case LABEL_INVALID -> messages.label_invalid();
            case PASSCODE_TOO_SHORT -> messages.passcode_too_short(LinkRules.MIN_PASSCODE_LENGTH);
            case PASSCODE_TOO_LONG -> messages.passcode_too_long(LinkRules.MAX_PASSCODE_LENGTH);
            case CARD_MISSING -> messages.card_missing();
            case NOTHING_TO_SHARE -> messages.nothing_to_share();
        };
    }
}
