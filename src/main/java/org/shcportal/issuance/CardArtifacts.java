package org.shcportal.issuance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.shcportal.cards.Card;
import org.shcportal.cards.HealthCardFile;
import org.shcportal.qr.QrPng;
import org.shcportal.qr.QrSymbol;

/**
 * Writes one card as the files a verifier or a mail campaign uses: {@code card.smart-health-card},
 * {@code card.jws}, and per QR code {@code qr-N.txt} and {@code qr-N.png}. None ends with a newline.
 */
public final class CardArtifacts {

    /** Pixels per module of the PNG: 105 modules (version 22) + quiet zone at 8 px print sharp at 40 mm. */
    static final int PIXELS_PER_MODULE = 8;

    private CardArtifacts() {
    }

    public static void write(Card card, Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.write(folder.resolve("card" + HealthCardFile.EXTENSION), HealthCardFile.of(List.of(card.jws())));
        Files.writeString(folder.resolve("card.jws"), card.jws(), StandardCharsets.US_ASCII);
        List<String> texts = card.qrTexts();
        for (int i = 0; i < texts.size(); i++) {
            String name = "qr-" + (i + 1);
            Files.writeString(folder.resolve(name + ".txt"), texts.get(i), StandardCharsets.US_ASCII);
            Files.write(folder.resolve(name + ".png"), QrPng.render(QrSymbol.encode(texts.get(i)), PIXELS_PER_MODULE));
        }
    }
}
