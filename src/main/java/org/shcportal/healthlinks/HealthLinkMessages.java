package org.shcportal.healthlinks;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Why a link could not be made, in English; Spanish in {@code messages/healthlink_es.properties}. Templates use
 * them as {@code healthlink:key}; Java picks them with {@link LinkRequestException#message}.
 */
@MessageBundle(HealthLinkMessages.BUNDLE)
public interface HealthLinkMessages {

    String BUNDLE = "healthlink";

    @Message("Give the link a name, so that you know later what you shared.")
    String label_missing();

    @Message("The name can have at most {max} characters.")
    String label_too_long(int max);

    @Message("The name cannot contain line breaks or other control characters.")
    String label_invalid();

    @Message("The passcode needs at least {min} characters.")
    String passcode_too_short(int min);

    @Message("The passcode can have at most {max} characters.")
    String passcode_too_long(int max);

    @Message("Choose the card to share.")
    String card_missing();

    @Message("There is nothing to share yet: no vaccination and no test result is on record.")
    String nothing_to_share();
}
