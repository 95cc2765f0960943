package org.shcportal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shcportal.fixtures.LogCapture;
import org.shcportal.fixtures.PdfInspection;

/** What the renderer refuses (network, files, broken documents) and what it guarantees (text, threads, warm-up). */
class PdfRendererGuardsTest {

    static PdfRenderer renderer;
    ServerSocket server;
    String serverUrl;

    @BeforeAll
    static void renderer() {
        renderer = new PdfRenderer();
    }

    /** A local server that would see any connection the renderer makes; the backlog keeps it until accept(). */
    @BeforeEach
    void server() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        server.setSoTimeout(300);
        serverUrl = "http://127.0.0.1:" + server.getLocalPort();
    }

    @AfterEach
    void closeServer() throws IOException {
        server.close();
    }

    static String document(String head, String body) {
        return """
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>Guard</title>
                <meta name="subject" content="What the renderer refuses and guarantees"/>
                <link rel="stylesheet" href="/static/css/print.css"/>%s</head><body>%s</body></html>"""
                .formatted(head, body);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<img src='%s/qr.png' alt='QR code'/>",
            "<img src='%s/qr.png' alt='QR code'/><p>second image, same address</p><img src='%s/qr.png' alt='QR'/>",
            "<p style='background-image: url(%s/background.png)'>styled</p>",
            "<link rel='stylesheet' href='%s/print.css'/>",
            "<style>@import url(%s/more.css);</style>" })
    void neverOpensAConnectionForAnyResource(String reference) {
        String markup = reference.replace("%s", serverUrl);
        String xhtml = markup.startsWith("<link") || markup.startsWith("<style") ? document(markup, "<p>text</p>")
                : document("", markup);

        assertThatThrownBy(() -> renderer.render(xhtml, PageFormat.LETTER)).isInstanceOf(PdfRenderException.class)
                .hasMessageContaining(serverUrl);
        assertThatThrownBy(server::accept).as("the renderer connected to the server")
                .isInstanceOf(SocketTimeoutException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = { "file:///etc/hostname", "jar:file:/tmp/x.jar!/qr.png", "classpath:/META-INF/x.png",
            "qr.png", "//example.org/qr.png", "/static/../application.properties", "/META-INF/resources/x.png" })
    void refusesEveryOtherKindOfImageAddress(String address) {
        String xhtml = document("", "<img src='" + address + "' alt='QR code'/>");
        assertThatThrownBy(() -> renderer.render(xhtml, PageFormat.LETTER)).isInstanceOf(PdfRenderException.class)
                .hasMessageContaining(address);
    }

    @Test
    void aLinkIsKeptInThePdfButNeverFollowed() throws IOException {
        String help = serverUrl + "/help";
        byte[] pdf = renderer.render(document("", "<p><a href='" + help + "'>Help</a></p>"), PageFormat.LETTER);

        try (PDDocument document = PdfInspection.load(pdf)) {
            assertThat(document.getPage(0).getAnnotations()).singleElement()
                    .isInstanceOfSatisfying(PDAnnotationLink.class, link -> assertThat(
                            ((PDActionURI) link.getAction()).getURI()).isEqualTo(help));
        }
        assertThatThrownBy(server::accept).isInstanceOf(SocketTimeoutException.class);
    }

    @Test
    void aStaticFileThatDoesNotExistFailsTheRender() {
        String xhtml = document("<link rel='stylesheet' href='/static/css/missing.css'/>", "<p>text</p>");
        assertThatThrownBy(() -> renderer.render(xhtml, PageFormat.LETTER)).isInstanceOf(PdfRenderException.class)
                .hasMessageContaining("/static/css/missing.css");
    }

    @Test
    void malformedXhtmlFailsTheRender() {
        assertThatThrownBy(() -> renderer.render("<html><body><p>not closed</body></html>", PageFormat.LETTER))
                .isInstanceOf(PdfRenderException.class);
    }

    @Test
    void aWarningOfTheLayoutEngineFailsTheRenderAndIsLogged() {
        String brokenPng = "<img src='data:image/png;base64,iVBORw0KGgoAAAAN' alt='QR code'/>";
        try (LogCapture log = LogCapture.start()) {
            assertThatThrownBy(() -> renderer.render(document("", brokenPng), PageFormat.LETTER))
                    .isInstanceOf(PdfRenderException.class).hasMessageContaining("image");
            assertThat(log.warningsFrom("com.openhtmltopdf")).anyMatch(line -> line.startsWith("WARNING com.openhtmltopdf"));
        }
    }

    @Test
    void decomposedAccentsArePrintedAsSingleLetters() throws IOException {
        String decomposed = "Jose\u0301 Mun\u0303oz, pingu\u0308ino";
        byte[] pdf = renderer.render(document("", "<p>" + decomposed + "</p>"), PageFormat.LETTER);
        try (PDDocument document = PdfInspection.load(pdf)) {
            assertThat(PdfInspection.text(document)).contains("José Muñoz, pingüino");
        }
    }

    @Test
    void namesInLatinGreekAndCyrillicScriptsPrint() throws IOException {
        String names = "Nguyễn Thị Ánh, Łucja Wąsowska, Œdipe Straße, Ελένη Παπαδοπούλου, Мария Иванова";
        byte[] pdf = renderer.render(document("", "<p>" + names + "</p>"), PageFormat.LETTER);
        try (PDDocument document = PdfInspection.load(pdf)) {
            assertThat(PdfInspection.text(document)).contains(names);
        }
    }

    @Test
    void aCharacterTheFontsCannotPrintFailsTheRenderInsteadOfPrintingAHash() {
        String xhtml = document("", "<p>王小明 😀</p>");
        assertThatThrownBy(() -> renderer.render(xhtml, PageFormat.LETTER)).isInstanceOf(PdfRenderException.class)
                .hasMessageContaining("U+738B 王").hasMessageContaining("U+1F600");
    }

    @Test
    void rendersOnSeveralThreadsAtOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> pdfs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String xhtml = document("", "<h1>Person " + i + "</h1><p>á é í ó ú ñ ü ¿ ¡</p>");
                pdfs.add(threads.submit(() -> renderer.render(xhtml, PageFormat.A4)));
            }
            for (int i = 0; i < pdfs.size(); i++) {
                try (PDDocument document = PdfInspection.load(pdfs.get(i).get())) {
                    assertThat(PdfInspection.text(document)).contains("Person " + i, "á é í ó ú ñ ü ¿ ¡");
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * The fonts are parsed once and lent to each render in turn: a document rendered after others has the same text
     * and embeds the same subsets of both faces (the glyphs it uses, no more and no fewer) as when it came first.
     */
    @Test
    void aDocumentRenderedAfterOthersEmbedsTheSameFontSubsets() throws IOException {
        PdfRenderer fresh = new PdfRenderer();
        String accents = document("", "<h1>Núñez</h1><p>á é í ó ú ñ ü ¿ ¡ <b>Ελένη Ольга</b></p>");
        byte[] first = fresh.render(accents, PageFormat.LETTER);
        fresh.render(document("", "<h1>Other</h1><p>XYZ qwerty 0123456789 <b>ÆØÅ</b></p>"), PageFormat.LETTER);
        byte[] again = fresh.render(accents, PageFormat.LETTER);

        try (PDDocument before = PdfInspection.load(first); PDDocument after = PdfInspection.load(again)) {
            assertThat(PdfInspection.text(after)).isEqualTo(PdfInspection.text(before));
            assertThat(embeddedSubsets(after)).hasSize(2).isEqualTo(embeddedSubsets(before));
        }
    }

    /** Each font of the document by name (subset tag included), with its embedded font file. */
    private static Map<String, String> embeddedSubsets(PDDocument document) throws IOException {
        Map<String, String> subsets = new TreeMap<>();
        for (PDFont font : PdfInspection.fonts(document)) {
            byte[] file = ((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2().toByteArray();
            subsets.put(font.getName(), Base64.getEncoder().encodeToString(file));
        }
        return subsets;
    }

    /**
     * At start-up the warm-up runs on a thread of its own, where a refused document would go unseen: it renders
     * without a warning, a one-page document in both faces of the font, whose metrics every later render then reuses.
     */
    @Test
    void warmUpRendersAWholeDocumentInBothFacesWithoutAWarning() throws IOException {
        try (LogCapture log = LogCapture.start()) {
            renderer.warmUp();
            assertThat(log.warningsFrom(PdfRendererTest.PDF_LOGGERS)).isEmpty();
        }
        try (PDDocument document = PdfInspection.load(renderer.render(PdfRenderer.WARM_UP_DOCUMENT,
                PageFormat.LETTER))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(PdfInspection.text(document)).contains("Warm-up", "á é í ó ú ñ ü ¿ ¡ bold");
            assertThat(PdfInspection.fonts(document)).extracting(PDFont::getName)
                    .anyMatch(name -> name.endsWith("+NotoSans-Regular"))
                    .anyMatch(name -> name.endsWith("+NotoSans-Bold"));
        }
    }
}
