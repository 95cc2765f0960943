package org.shcportal.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RevocationMomentTest {

    private static final Instant NOW = Instant.parse("2026-11-22T15:30:12.400Z");

    @Test
    void withNoCardIssuedInTheCurrentSecondTheRevocationIsNow() {
        assertThat(RevocationMoment.waitUntil(NOW, Optional.empty())).isEqualTo(NOW);
        assertThat(RevocationMoment.waitUntil(NOW, Optional.of(Instant.parse("2026-11-22T15:30:11.999Z"))))
                .isEqualTo(NOW);
    }

    @Test
    void aCardIssuedEarlierInTheSameSecondMakesTheRevocationWaitForTheNextSecond() {
        Instant until = RevocationMoment.waitUntil(NOW, Optional.of(Instant.parse("2026-11-22T15:30:12.050Z")));

        assertThat(until).isEqualTo(Instant.parse("2026-11-22T15:30:13Z"));
        assertThat(RevocationMoment.revokedBefore(until)).isEqualTo(NOW.getEpochSecond() + 1);
    }

    @Test
    void theEntryIsTheSecondOfTheRevocation() {
        assertThat(RevocationMoment.revokedBefore(NOW)).isEqualTo(NOW.getEpochSecond());
    }
}
