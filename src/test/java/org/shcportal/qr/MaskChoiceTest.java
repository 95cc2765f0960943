package org.shcportal.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.nayuki.qrcodegen.QrCode;
import io.nayuki.qrcodegen.QrSegment;

/**
 * The mask choice gives, for every version a card or a set-up link can take, the symbol Nayuki's encoder gives when it
 * tries the eight masks itself: the same modules under each mask, and the same mask chosen.
 */
class MaskChoiceTest {

    private final Random random = new Random(18004);

    @Test
    void eachMaskGivesTheModulesTheEncoderDrawsWithThatMask() {
        for (int digits = 10; digits <= 2_500; digits += 97) {
            for (QrCode.Ecc level : List.of(QrCode.Ecc.LOW, QrCode.Ecc.MEDIUM)) {
                List<QrSegment> segments = cardSegments(digits);
                if (!fits(segments, level)) {
                    continue;
                }
                MaskChoice.Unmasked unmasked = new MaskChoice.Unmasked(encode(segments, level, 0));
                for (int mask = 0; mask < MaskChoice.MASKS; mask++) {
                    long[] columns = unmasked.columns();
                    ModuleGrid ours = unmasked.masked(mask, level, columns);
                    QrCode theirs = encode(segments, level, mask);
                    String what = "%d digits, level %s, mask %d".formatted(digits, level, mask);
                    assertThat(picture(ours::dark, ours.size())).as(what).isEqualTo(picture(theirs::getModule,
                            theirs.size));
                    assertThat(picture((x, y) -> MaskChoice.get(columns, x, y), theirs.size)).as(what + ", columns")
                            .isEqualTo(picture(theirs::getModule, theirs.size));
                }
            }
        }
    }

    @Test
    void theChosenMaskIsTheOneTheEncoderChoosesForCardsAndLinks() {
        for (int i = 0; i < 600; i++) {
            QrCode.Ecc level = i % 3 == 0 ? QrCode.Ecc.MEDIUM : QrCode.Ecc.LOW;
            List<QrSegment> segments = i % 3 == 0 ? linkSegments(10 + random.nextInt(300))
                    : cardSegments(10 + random.nextInt(2_400));
            if (!fits(segments, level)) {
                continue;
            }
            QrCode theirs = encode(segments, level, -1);
            ModuleGrid ours = MaskChoice.best(encode(segments, level, 0), level);
            assertThat(ours.mask()).as("version %d", theirs.version).isEqualTo(theirs.mask);
            assertThat(picture(ours::dark, ours.size())).as("version %d", theirs.version)
                    .isEqualTo(picture(theirs::getModule, theirs.size));
        }
    }

    /** The modules row by row, # for dark: a difference shows where the symbols part. */
    private static String picture(Modules modules, int size) {
        StringBuilder picture = new StringBuilder();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                picture.append(modules.dark(x, y) ? '#' : '.');
            }
            picture.append('\n');
        }
        return picture.toString();
    }

    @FunctionalInterface
    private interface Modules {
        boolean dark(int x, int y);
    }

    private List<QrSegment> cardSegments(int digits) {
        StringBuilder text = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        return List.of(QrSegment.makeBytes("shc:/".getBytes(StandardCharsets.US_ASCII)),
                QrSegment.makeNumeric(text));
    }

    private List<QrSegment> linkSegments(int length) {
        StringBuilder text = new StringBuilder("otpauth://totp/");
        for (int i = 0; i < length; i++) {
            text.append((char) ('A' + random.nextInt(26)));
        }
        return List.of(QrSegment.makeBytes(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static boolean fits(List<QrSegment> segments, QrCode.Ecc level) {
        try {
            encode(segments, level, 0);
            return true;
        } catch (io.nayuki.qrcodegen.DataTooLongException e) {
            return false;
        }
    }

    private static QrCode encode(List<QrSegment> segments, QrCode.Ecc level, int mask) {
        return QrCode.encodeSegments(segments, level, QrCode.MIN_VERSION, QrSymbol.MAX_VERSION, mask, false);
    }
}
