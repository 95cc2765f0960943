package org.shcportal.keys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EcdsaProviderTest {

    @Test
    void namesTheProviderItChose() {
        assertThat(EcdsaProvider.name()).isNotBlank().isEqualTo(EcdsaProvider.get().getName());
    }

    @Test
    void prefersConscryptWhenItLoads() {
        String expected = EcdsaProvider.conscrypt().isPresent() ? "Conscrypt" : EcdsaProvider.jdk().getName();

        assertThat(EcdsaProvider.name()).isEqualTo(expected);
    }

    @Test
    void choosesOnce() {
        assertThat(EcdsaProvider.get()).isSameAs(EcdsaProvider.get());
    }
}
