package org.shcportal.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.shcportal.fixtures.ShcExamples;

class AppleHealthLinkTest {

    @Test
    void theLinkIsApplesRedirectWithTheDigitsOfTheQrCode() {
        String text = ShcExamples.read("example-00-f-qr-code-numeric-value-0.txt");

        String link = AppleHealthLink.of(text);

        assertThat(link).startsWith("https://redirect.health.apple.com/SMARTHealthCard/#5676290952432060346029")
                .isEqualTo("https://redirect.health.apple.com/SMARTHealthCard/#" + text.substring("shc:/".length()))
                .doesNotContain("shc:/");
    }

    @Test
    void aChunkOfACardSplitAcrossSeveralCodesIsRefusedWithAHint() {
        String chunk = ShcExamples.read("example-02-f-qr-code-numeric-value-1.txt");

        assertThatThrownBy(() -> AppleHealthLink.of(chunk)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("several QR codes").hasMessageContaining(".smart-health-card file");
    }

    @Test
    void whatIsNoQrTextIsRefused() {
        for (String text : new String[] { null, "", "shc:/", "shc:/123", "shc:/12ab", "https://example.org" }) {
            assertThatThrownBy(() -> AppleHealthLink.of(text)).as("%s", text)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
