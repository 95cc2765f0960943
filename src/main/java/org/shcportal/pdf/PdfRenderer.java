package org.shcportal.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.zip.Deflater;

import org.apache.pdfbox.pdmodel.PDDocument;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.Diagnostic;

/**
 * Turns an XHTML document (a rendered template, CSS 2.1 for print) into a tagged PDF that is both PDF/UA-1 (ISO
 * 14289-1, for screen readers) and PDF/A-2a (ISO 19005-2 level A, for archives: a school or a clinic may keep the
 * record for years), with our fonts embedded and the sRGB colour space as its output intent. The title and language come from
 * the document's title element and the lang attribute of its html
 * element; the page size from the {@link PageFormat}. Nothing is fetched while rendering: images are {@code data:} URIs, style
 * sheets come
 * from {@code /static/} on the classpath, and any other reference fails the render ({@link DocumentResources}).
 * <p>
 * Thread-safe: one instance serves the whole application. Each render builds its own openhtmltopdf renderer; the
 * fonts (read and parsed once, each parsed set lent to one render at a time: {@link PdfFonts}) and their metrics are
 * shared.
 */
public final class PdfRenderer {

    /** The font family the print style sheet names; no other font is available to documents. */
    public static final String FONT_FAMILY = PdfFonts.FAMILY;
    static final String DEFAULT_PRODUCER = "SMART Health Card portal";
    /**
     * The context class loader while rendering. openhtmltopdf and xmpbox look up JAXP factories (the XHTML parser, the
     * XMP serializer) on every render through it; with the application's loader, any JAXP provider on the classpath
     * (Saxon, which HAPI FHIR brings into the tests) would be found and started each time, a quarter of a render. The
     * platform loader sees no such provider, so the JDK's own implementations are used, always.
     */
    private static final ClassLoader JDK_XML_ONLY = ClassLoader.getPlatformClassLoader();
    static final String WARM_UP_DOCUMENT = """
            <html lang="en"><head><title>Warm-up</title><meta name="subject" content="Warm-up"/>
            <link rel="stylesheet" href="/static/css/print.css"/></head>
            <body><h1>Warm-up</h1><p>á é í ó ú ñ ü ¿ ¡ <b>bold</b></p>
            <table><tr><th>A</th><td>1</td></tr></table></body></html>""";

    /**
     * The output intent PDF/A asks for (ISO 19005-2, 6.2.3): the colours of print.css are sRGB. The JDK's own sRGB
     * profile, so that no profile file has to be shipped.
     */
    private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    /**
     * PDFBox's system property for the DEFLATE level of the streams it writes (fonts, page contents, object streams).
     * At the fastest level a family pack takes 40 ms of CPU instead of 44 and a card PDF 10.0 instead of 10.4, for
     * files 4–6 % larger (PrintoutPdfBenchmark, README "Benchmark", on JDK 25); a level set by the operator stays.
     */
    private static final String DEFLATE_LEVEL = "org.apache.pdfbox.filter.deflatelevel";

    static {
        if (System.getProperty(DEFLATE_LEVEL) == null) {
            System.setProperty(DEFLATE_LEVEL, String.valueOf(Deflater.BEST_SPEED));
        }
    }

    private final String producer;
    private final ClassLoader classLoader;
    private final PdfFonts fonts;

    /** A renderer whose PDFs name this application as their producer. */
    public PdfRenderer() {
        this(DEFAULT_PRODUCER);
    }

    /**
     * @param producer the PDF's producer (document information and XMP)
     * @throws UncheckedIOException when a font file is missing from the classpath
     */
    public PdfRenderer(String producer) {
        OpenHtmlLog.install();
        this.producer = producer;
        this.classLoader = PdfRenderer.class.getClassLoader();
        this.fonts = new PdfFonts(classLoader);
    }

    /**
     * Renders one document. Text is put in Unicode normalisation form C first, so that a name typed with combining
     * accents prints with the font's accented letters.
     *
     * @param xhtml a well-formed XHTML document (XML: every element closed, no HTML-only entities) with what PDF/UA
     *        asks for: a lang attribute on the html element, a title element, a description in a meta element named
     *        "subject", and an alt text on every image
     * @throws PdfRenderException when the document is malformed, has a character the fonts cannot print (Chinese,
     *         say, or an emoji), refers to a resource that is not served, or the layout engine warns about anything (a
     *         missing description, an image, a style sheet)
     */
    public byte[] render(String xhtml, PageFormat format) {
        String document = Normalizer.normalize(xhtml, Normalizer.Form.NFC);
        Set<String> missing = fonts.missingCharacters(document);
        if (!missing.isEmpty()) {
            throw new PdfRenderException("The fonts have no glyph for these characters, which would print as #: "
                    + missing);
        }
        DocumentResources resources = new DocumentResources(classLoader);
        List<String> warnings = new ArrayList<>();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfAConformance.PDFA_2_A)
                .useColorProfile(SRGB_PROFILE)
                .withProducer(producer)
                .useDefaultPageSize(format.widthMm(), format.heightMm(), PageSizeUnits.MM)
                .useUriResolver(resources)
                .useExternalResourceAccessControl(resources::allowed,
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useProtocolsStreamImplementation(resources, DocumentResources.SCHEME)
                .useProtocolsStreamImplementation(resources.refusing(), DocumentResources.FETCHING_PROTOCOLS)
                .withDiagnosticConsumer(diagnostic -> collectWarning(diagnostic, warnings))
                .withHtmlContent(document, null)
                .toStream(pdf);
        try (PdfFonts.Loan loan = fonts.lend(); PDDocument target = new PDDocument()) {
            builder.usePDDocument(target);
            loan.registerWith(builder, target);
            run(builder, resources);
        } catch (IOException e) {
            throw new PdfRenderException("The document could not be closed: " + e.getMessage(), e);
        }
        if (!warnings.isEmpty()) {
            throw new PdfRenderException("The layout engine reported problems: " + String.join("; ", warnings));
        }
        return pdf.toByteArray();
    }

    /**
     * Renders a small document once, so that the first real render does not pay for class loading, the CSS parser's
     * start-up and the font metrics (about a second in a new JVM); call it at application start.
     */
    public void warmUp() {
        render(WARM_UP_DOCUMENT, PageFormat.LETTER);
    }

    private static void run(PdfRendererBuilder builder, DocumentResources resources) {
        Thread thread = Thread.currentThread();
        ClassLoader contextLoader = thread.getContextClassLoader();
        thread.setContextClassLoader(JDK_XML_ONLY);
        try {
            builder.run();
        } catch (IOException | RuntimeException e) {
            resources.checkNoneRefused();
            throw new PdfRenderException("The document could not be rendered: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(contextLoader);
        }
        resources.checkNoneRefused();
    }

    private static void collectWarning(Diagnostic diagnostic, List<String> warnings) {
        if (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()) {
            warnings.add(diagnostic.getFormattedMessage());
        }
    }
}
