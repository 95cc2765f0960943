package org.shcportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PortalApplicationTest {

    @Test
    void readsEachCommandLineBeforeAnythingStarts() {
        assertThat(PortalApplication.parse(new String[] { "generate", "--persons", "3" })).isNotNull();
        assertThat(PortalApplication.parse(new String[] { "issue", "--person", "NM-000001", "--out", "x" }))
                .isNotNull();
        assertThat(PortalApplication.parse(new String[] { "revoke", "--person", "NM-000001", "--before", "now" }))
                .isNotNull();
    }

    @Test
    void refusesAnUnknownCommandOrBadOptions() {
        assertThatThrownBy(() -> PortalApplication.parse(new String[] { "print" }))
                .hasMessage("Unknown command: print");
        assertThatThrownBy(() -> PortalApplication.parse(new String[] { "generate", "--persons", "x" }))
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> PortalApplication.parse(new String[] { "issue", "--out", "x" }))
                .hasMessageContaining("--person");
        assertThatThrownBy(() -> PortalApplication.parse(new String[] { "revoke", "--person", "NM-000001" }))
                .hasMessageContaining("--before");
    }
}
