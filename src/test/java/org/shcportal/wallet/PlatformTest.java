package org.shcportal.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlatformTest {

    @Test
    void iPhonesIPadsAndIPodsAreIos() {
        assertThat(Platform.of("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15"
                + " (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1")).isEqualTo(Platform.IOS);
        assertThat(Platform.of("Mozilla/5.0 (iPad; CPU OS 12_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like"
                + " Gecko) Version/12.1 Mobile/15E148 Safari/604.1")).isEqualTo(Platform.IOS);
        assertThat(Platform.of("Mozilla/5.0 (iPod touch; CPU iPhone OS 15_0 like Mac OS X)")).isEqualTo(Platform.IOS);
        assertThat(Platform.of("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15"
                + " (KHTML, like Gecko) CriOS/123.0.6312.52 Mobile/15E148 Safari/604.1")).isEqualTo(Platform.IOS);
    }

    @Test
    void androidPhonesAreAndroid() {
        assertThat(Platform.of("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " Chrome/124.0.0.0 Mobile Safari/537.36")).isEqualTo(Platform.ANDROID);
        assertThat(Platform.of("Mozilla/5.0 (Android 14; Mobile; rv:125.0) Gecko/125.0 Firefox/125.0"))
                .isEqualTo(Platform.ANDROID);
    }

    @Test
    void desktopsUnknownAgentsAndIPadsAskingForDesktopSitesAreOther() {
        String iPadOsSafari = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like"
                + " Gecko) Version/17.4 Safari/605.1.15";
        assertThat(Platform.of(iPadOsSafari)).isEqualTo(Platform.OTHER);
        assertThat(Platform.of("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " Chrome/124.0.0.0 Safari/537.36")).isEqualTo(Platform.OTHER);
        assertThat(Platform.of("")).isEqualTo(Platform.OTHER);
        assertThat(Platform.of(null)).isEqualTo(Platform.OTHER);
    }
}
