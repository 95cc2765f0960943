package org.shcportal.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shcportal.fixtures.ShcExamples;

class HealthCardFileTest {

    @Test
    void isTheSpecsJsonWithNoTrailingNewline() {
        String file = new String(HealthCardFile.of(List.of("a.b.c", "d.e.f")), StandardCharsets.US_ASCII);
        assertThat(file).isEqualTo("{\"verifiableCredential\":[\"a.b.c\",\"d.e.f\"]}");
        assertThat(HealthCardFile.MEDIA_TYPE).isEqualTo("application/smart-health-card");
    }

    @Test
    void holdsTheExampleCardLikeTheExampleFile() {
        String jws = CardVerifierTest.jws("00");
        String example = ShcExamples.read("example-00-e-file.smart-health-card").replaceAll("\\s", "");
        assertThat(new String(HealthCardFile.of(List.of(jws)), StandardCharsets.US_ASCII)).isEqualTo(example);
    }
}
