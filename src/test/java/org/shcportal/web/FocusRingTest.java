package org.shcportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The focus ring must stand out from what is around it: 3:1 at least against the page and the panels (WCAG 2.2, 1.4.11
 * Non-text Contrast and 2.4.13 Focus Appearance; contrast ratio as WCAG 2.2 defines it, from relative luminance).
 */
class FocusRingTest {

    private static final Path CSS = Path.of("src-frontend", "css", "main.css");
    private static final double MINIMUM = 3.0;

    @Test
    void theFocusRingHasThreeToOneAgainstThePageAndThePanelsAndEveryFocusRuleUsesIt() throws IOException {
        String css = Files.readString(CSS);

        for (String background : new String[] { "--wash", "--paper" }) {
            assertThat(contrast(colour(css, "--focus-ink"), colour(css, background))).as(background)
                    .isGreaterThanOrEqualTo(MINIMUM);
        }
        Matcher outlines = Pattern.compile("outline: 3px solid ([^;]+);").matcher(css);
        int rules = 0;
        while (outlines.find()) {
            assertThat(outlines.group(1)).isEqualTo("var(--focus-ink)");
            rules++;
        }
        assertThat(rules).isPositive();
    }

    private static int colour(String css, String variable) {
        Matcher value = Pattern.compile(Pattern.quote(variable) + ": #([0-9a-fA-F]{6});").matcher(css);
        assertThat(value.find()).as(variable).isTrue();
        return Integer.parseInt(value.group(1), 16);
    }

    private static double contrast(int one, int other) {
        double lighter = Math.max(luminance(one), luminance(other));
        double darker = Math.min(luminance(one), luminance(other));
        return (lighter + 0.05) / (darker + 0.05);
    }

    /** WCAG 2.2, "relative luminance" of an sRGB colour. */
    private static double luminance(int rgb) {
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
