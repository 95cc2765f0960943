package org.shcportal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shcportal.registry.Contact;

class ContactAddressTest {

    @Test
    void readsAPhoneNumberHoweverItIsWritten() {
        for (String typed : new String[] { "(505) 555-0101", "505-555-0101", "505.555.0101", "+1 505 555 0101",
                "1 (505) 555 0101", " 5055550101 " }) {
            assertThat(ContactAddress.parse(typed)).as(typed)
                    .contains(new ContactAddress(Contact.Kind.PHONE, "+15055550101"));
        }
    }

    @Test
    void readsAnEmailInAnyCase() {
        assertThat(ContactAddress.parse("  Ines.Martinez@EXAMPLE.net "))
                .contains(new ContactAddress(Contact.Kind.EMAIL, "ines.martinez@example.net"));
    }

    @Test
    void refusesWhatIsNeitherAPhoneNorAnEmail() {
        for (String typed : new String[] { "", "   ", "555", "hello", "a@b", "two@@at.example", "x@y.example.",
                "'; DROP TABLE person; --", "<script>@x.example", "1".repeat(300) }) {
            assertThat(ContactAddress.parse(typed)).as(typed).isEmpty();
        }
    }
}
