package org.shcportal.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IssuerSettingsTest {

    @Test
    void acceptsAnHttpsUrlWithOrWithoutAPath() {
        assertThat(new IssuerSettings("https://registry.example", true).iss()).isEqualTo("https://registry.example");
        assertThat(new IssuerSettings("https://registry.example/shc", true).iss()).endsWith("/shc");
    }

    @Test
    void refusesWhatVerifiersWouldRefuse() {
        assertThatThrownBy(() -> new IssuerSettings("http://registry.example", true)).hasMessageContaining("https");
        assertThatThrownBy(() -> new IssuerSettings("https://registry.example/", true))
                .hasMessageContaining("slash");
        assertThatThrownBy(() -> new IssuerSettings("https://registry.example?x=1", true))
                .hasMessageContaining("query");
        assertThatThrownBy(() -> new IssuerSettings("registry.example", true)).hasMessageContaining("https");
    }
}
