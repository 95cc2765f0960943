package org.shcportal.signin;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.shcportal.registry.Contact;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * A phone number or email as a resident typed it, in the form the registry stores: phones in E.164
 * ({@code +15055550101}, whatever the spacing, dashes or brackets), emails trimmed and in lower case.
 */
public record ContactAddress(Contact.Kind kind, String value) {

    /** Numbers without a country code are read as US numbers. */
    static final String DEFAULT_REGION = "US";
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    /** The WHATWG HTML "valid e-mail address", with at least one dot in the domain. */
    private static final Pattern EMAIL = Pattern.compile("[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}"
            + "[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");

    /** The contact in stored form, or empty when it is neither a valid phone number nor an email address. */
    public static Optional<ContactAddress> parse(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > 254) {
            return Optional.empty();
        }
        String text = typed.strip();
        if (text.contains("@")) {
            return email(text);
        }
        return phone(text);
    }

    private static Optional<ContactAddress> email(String text) {
        String email = text.toLowerCase(Locale.ROOT);
        return EMAIL.matcher(email).matches() ? Optional.of(new ContactAddress(Contact.Kind.EMAIL, email))
                : Optional.empty();
    }

    private static Optional<ContactAddress> phone(String text) {
        try {
            PhoneNumber number = PHONES.parse(text, DEFAULT_REGION);
            if (!PHONES.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(new ContactAddress(Contact.Kind.PHONE,
                    PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
