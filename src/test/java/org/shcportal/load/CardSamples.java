package org.shcportal.load;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shcportal.qr.NumericQr;
import org.shcportal.qr.QrPng;
import org.shcportal.qr.QrSymbol;

/**
 * Cards residents downloaded during the run, which "check my card" visitors upload: the .smart-health-card file as
 * downloaded, or the picture of its QR code when the card fits one code.
 */
final class CardSamples {

    /** Enough different cards that checks are not all of one; older ones are dropped. */
    private static final int KEPT = 200;
    /** Pixels per QR module of the picture, as a phone photo of a printed card would resolve it. */
    private static final int PIXELS_PER_MODULE = 4;
    private static final Pattern JWS = Pattern.compile("\"verifiableCredential\"\\s*:\\s*\\[\\s*\"([^\"]+)\"");

    private final ConcurrentLinkedDeque<String> files = new ConcurrentLinkedDeque<>();

    /** Keeps a downloaded .smart-health-card file. */
    void add(String file) {
        files.addFirst(file);
        if (files.size() > KEPT) {
            files.pollLast();
        }
    }

    /** A recently downloaded card file, if any resident has downloaded one yet. */
    Optional<String> file() {
        return Optional.ofNullable(files.peekFirst());
    }

    /** The PNG of the single QR code of a card file, or empty when its card needs several codes. */
    static Optional<byte[]> qrPicture(String file) {
        Matcher jws = JWS.matcher(file);
        if (!jws.find()) {
            return Optional.empty();
        }
        List<String> texts = NumericQr.texts(jws.group(1));
        return texts.size() == 1 ? Optional.of(QrPng.render(QrSymbol.encode(texts.get(0)), PIXELS_PER_MODULE))
                : Optional.empty();
    }
}
