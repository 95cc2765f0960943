package org.shcportal.checking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.shcportal.cards.CardGroup;
import org.shcportal.checking.InputProblem.Field;
import org.shcportal.checking.InputProblem.Kind;
import org.shcportal.fixtures.ShcExamples;

/** What the check page accepts, told apart by content: files, pictures, QR texts and JWS. */
class CardInputTest {

    private static final String JWS = ShcExamples.read("example-00-d-jws.txt");
    private static final String QR_TEXT = ShcExamples.read("example-00-f-qr-code-numeric-value-0.txt");

    @Test
    void aQrTextAJwsAndACardFileAllGiveTheSameCard() throws InputProblem {
        String file = ShcExamples.read("example-00-e-file.smart-health-card");

        assertThat(CardInput.cards(List.of(), QR_TEXT)).containsExactly(JWS);
        assertThat(CardInput.cards(List.of(), "SHC:/" + QR_TEXT.substring(5))).containsExactly(JWS);
        assertThat(CardInput.cards(List.of(), "\n" + JWS + "\n")).containsExactly(JWS);
        assertThat(CardInput.cards(List.of(), file)).containsExactly(JWS);
        assertThat(CardInput.cards(List.of(upload("\uFEFF" + file)), null)).containsExactly(JWS);
        assertThat(CardInput.cards(List.of(upload(QR_TEXT + "\n")), "")).containsExactly(JWS);
    }

    @Test
    void theSameCardTwiceIsCheckedOnceAndTwoCardsTwice() throws InputProblem {
        String other = ShcExamples.read("example-01-d-jws.txt");

        assertThat(CardInput.cards(List.of(), QR_TEXT + "\n" + JWS + "\n" + QR_TEXT)).containsExactly(JWS);
        assertThat(CardInput.cards(List.of(), JWS + " " + other)).containsExactly(JWS, other);
    }

    @Test
    void chunksInAnyOrderMakeOneCardAndMissingOnesAreNamed() throws InputProblem {
        String chunk1 = ShcExamples.read("example-02-f-qr-code-numeric-value-0.txt");
        String chunk2 = ShcExamples.read("example-02-f-qr-code-numeric-value-1.txt");
        String chunk3 = ShcExamples.read("example-02-f-qr-code-numeric-value-2.txt");

        assertThat(CardInput.cards(List.of(), String.join("\n", chunk3, chunk1, chunk2)))
                .containsExactly(ShcExamples.read("example-02-d-jws.txt"));
        assertThatThrownBy(() -> CardInput.cards(List.of(), chunk2)).isInstanceOfSatisfying(InputProblem.class,
                problem -> {
                    assertThat(problem.kind).isEqualTo(Kind.CHUNKS_MISSING);
                    assertThat(problem.field).isEqualTo(Field.TEXT);
                    assertThat(problem.given).isEqualTo(1);
                    assertThat(problem.total).isEqualTo(3);
                    assertThat(problem.missing).containsExactly(1, 3);
                });
        assertThat(kind(List.of(), chunk1 + "\nshc:/1/2/5676")).isEqualTo(Kind.CHUNKS_MIXED);
        assertThat(kind(List.of(), chunk1 + "\nshc:/1/3/5676")).isEqualTo(Kind.CHUNKS_MIXED);
    }

    @Test
    void whatIsNotACardIsToldApart() {
        assertThat(kind(List.of(), null)).isEqualTo(Kind.EMPTY);
        assertThat(kind(List.of(), "  \n ")).isEqualTo(Kind.EMPTY);
        assertThat(kind(List.of(upload(QR_TEXT)), QR_TEXT)).isEqualTo(Kind.BOTH);
        assertThat(kind(List.of(), "hello")).isEqualTo(Kind.NOT_A_CARD_TEXT);
        assertThat(kind(List.of(), "shc:/123")).isEqualTo(Kind.NOT_A_CARD_TEXT);
        assertThat(kind(List.of(), "shc:/99")).isEqualTo(Kind.NOT_A_CARD_TEXT);
        assertThat(kind(List.of(), "shc:/3/2/5676")).isEqualTo(Kind.NOT_A_CARD_TEXT);
        assertThat(kind(List.of(), "x".repeat(CardInput.MAX_TEXT_CHARS + 1))).isEqualTo(Kind.TEXT_TOO_LONG);
        assertThat(kind(List.of(), "{\"verifiableCredential\":[]}")).isEqualTo(Kind.NOT_A_HEALTH_CARD);
        assertThat(kind(List.of(), "{\"verifiableCredential\":[42]}")).isEqualTo(Kind.NOT_A_HEALTH_CARD);
        assertThat(kind(List.of(), "{not json")).isEqualTo(Kind.NOT_A_HEALTH_CARD);
        assertThat(kind(List.of(upload("just some words")), null)).isEqualTo(Kind.NOT_A_CARD_FILE);
        assertThat(kind(List.of(new CardInput.Upload(new byte[] { 0x00, 0x01, (byte) 0x80 })), null))
                .isEqualTo(Kind.NOT_A_CARD_FILE);
        assertThat(kind(List.of(new CardInput.Upload(new byte[0])), null)).isEqualTo(Kind.NOT_A_CARD_FILE);
        assertThat(kind(List.of(new CardInput.Upload(new byte[CardInput.MAX_UPLOAD_BYTES + 1])), null))
                .isEqualTo(Kind.TOO_LARGE);
    }

    @Test
    void aPictureOfMoreThan24MegapixelsIsNotRead() throws IOException {
        assertThat(kind(List.of(new CardInput.Upload(png(5000, 5000))), null)).isEqualTo(Kind.PICTURE_TOO_LARGE);
    }

    @Test
    void aCardFileOfMoreThan256KilobytesIsNotRead() {
        String file = ShcExamples.read("example-00-e-file.smart-health-card");
        String padded = file.substring(0, file.length() - 1) + " ".repeat(CardInput.MAX_CARD_FILE_BYTES) + "}";

        assertThat(kind(List.of(upload(padded)), null)).isEqualTo(Kind.CARD_FILE_TOO_LARGE);
    }

    @Test
    void aFileOfEmptyObjectsIsRefusedWithoutBuildingThem() {
        StringBuilder json = new StringBuilder("{\"x\":[{}");
        while (json.length() < CardInput.MAX_CARD_FILE_BYTES - 10) {
            json.append(",{}");
        }
        CardInput.Upload hostile = upload(json.append("]}").toString());
        kind(List.of(hostile), null);
        Kind[] refused = new Kind[1];

        long allocated = allocatedWhile(() -> refused[0] = kind(List.of(hostile), null));

        assertThat(refused[0]).isEqualTo(Kind.NOT_A_HEALTH_CARD);
        // Measured: 264 KB, the file as text; a JSON tree of its 87,000 objects took 8.5 MB.
        assertThat(allocated).as("bytes allocated reading a %d-byte file", json.length()).isLessThan(1_000_000);
    }

    @Test
    void onlyAFileWhoseOneMemberIsAListOfCardsIsACardFile() {
        String jws = "\"" + JWS + "\"";

        assertThat(kind(List.of(), "{\"verifiableCredential\":[" + jws + "],\"x\":1}"))
                .isEqualTo(Kind.NOT_A_HEALTH_CARD);
        assertThat(kind(List.of(), "{\"x\":1,\"verifiableCredential\":[" + jws + "]}"))
                .isEqualTo(Kind.NOT_A_HEALTH_CARD);
        assertThat(kind(List.of(), "{\"verifiableCredential\":[" + jws + "]} []")).isEqualTo(Kind.NOT_A_HEALTH_CARD);
        assertThat(kind(List.of(), "{\"verifiableCredential\":[" + jws + ",{}]}")).isEqualTo(Kind.NOT_A_HEALTH_CARD);
    }

    @Test
    void moreThanTenPicturesAreRefusedBeforeAnyIsRead() throws IOException {
        CardInput.Upload blank = new CardInput.Upload(png(200, 200));
        List<CardInput.Upload> eleven = new ArrayList<>();
        for (int i = 0; i <= CardInput.MAX_PICTURES; i++) {
            eleven.add(blank);
        }

        assertThat(kind(eleven.subList(0, CardInput.MAX_PICTURES), null)).isEqualTo(Kind.NO_QR_CODE);
        assertThat(kind(eleven, null)).isEqualTo(Kind.TOO_MANY_PICTURES);
    }

    @Test
    void picturesOfMoreThan48MegapixelsInAllAreRefusedBeforeAnyIsRead() throws IOException {
        CardInput.Upload large = new CardInput.Upload(png(4100, 4100));

        assertThat(kind(List.of(large, large, large), null)).isEqualTo(Kind.PICTURES_TOO_LARGE);
    }

    @Test
    void aFileWithOneCardOfEveryKindIsReadWhole() {
        List<String> everyKind = new ArrayList<>();
        for (CardGroup group : CardGroup.values()) {
            everyKind.add("eyJhbGciOiJFUzI1NiJ9.cGF5bG9hZA" + group.ordinal() + ".c2ln");
        }
        String file = "{\"verifiableCredential\":[\"" + String.join("\",\"", everyKind) + "\"]}";

        assertThat(cards(new CardInput.Upload(file.getBytes(StandardCharsets.UTF_8)))).isEqualTo(everyKind);
    }

    @Test
    void atMostOneCardOfEveryKindAtOnce() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= CardInput.MAX_CARDS; i++) {
            many.add("eyJhbGciOiJFUzI1NiJ9.cGF5bG9hZA" + i + ".c2ln");
        }

        assertThat(kind(List.of(), String.join("\n", many))).isEqualTo(Kind.TOO_MANY_CARDS);
    }

    /** A blank black-and-white PNG: a few kilobytes, whatever its size in pixels. */
    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    /** The bytes this thread allocated while it ran {@code action}. */
    private static long allocatedWhile(Runnable action) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
                .getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        action.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    private static CardInput.Upload upload(String text) {
        return new CardInput.Upload(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> cards(CardInput.Upload upload) {
        try {
            return CardInput.cards(List.of(upload), null);
        } catch (InputProblem problem) {
            throw new AssertionError("refused: " + problem.kind);
        }
    }

    private static Kind kind(List<CardInput.Upload> uploads, String text) {
        try {
            CardInput.cards(uploads, text);
        } catch (InputProblem problem) {
            return problem.kind;
        }
        throw new AssertionError("accepted");
    }
}
