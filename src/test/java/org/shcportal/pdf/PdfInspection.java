package org.shcportal.pdf;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;

/** Reads a rendered PDF back with PDFBox: its text, fonts, structure, images and what a scanner sees. */
public final class PdfInspection {

    static final double MM_PER_POINT = 25.4 / 72;

    private PdfInspection() {
    }

    public static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document);
    }

    /** Every font used on any page, also inside form XObjects. */
    public static Set<PDFont> fonts(PDDocument document) throws IOException {
        Set<PDFont> fonts = new LinkedHashSet<>();
        for (PDPage page : document.getPages()) {
            collectFonts(page.getResources(), fonts);
        }
        return fonts;
    }

    private static void collectFonts(PDResources resources, Set<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xObject = resources.getXObject(name);
            if (xObject instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }

    /** An image as drawn on a page: where (PDF user space, origin bottom left) and how big, in points. */
    public record DrawnImage(float x, float y, float width, float height, int pixelWidth, int pixelHeight) {

        public double widthMm() {
            return width * MM_PER_POINT;
        }

        public double heightMm() {
            return height * MM_PER_POINT;
        }
    }

    /** The images a page draws, in drawing order, each with the size the transformation matrix gives it. */
    public static List<DrawnImage> images(PDDocument document, int pageIndex) throws IOException {
        ImageFinder finder = new ImageFinder(document.getPage(pageIndex));
        finder.processPage(document.getPage(pageIndex));
        return finder.images;
    }

    /**
     * What a scanner reads on a page: the page is rasterised at {@code dpi}, like a print or a screenshot, and ZXing
     * looks for every QR code on it. The texts come in reading order: by rows, then left to right.
     */
    public static List<String> scanQrCodes(PDDocument document, int pageIndex, float dpi) throws IOException {
        BufferedImage page = new PDFRenderer(document).renderImageWithDPI(pageIndex, dpi);
        int width = page.getWidth();
        int height = page.getHeight();
        int[] pixels = page.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        Result[] results;
        try {
            results = new QRCodeMultiReader().decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, true));
        } catch (NotFoundException e) {
            return List.of();
        }
        float row = 10 * dpi / 25.4f; // codes whose top left corners are within 10 mm are on one row
        return Arrays.stream(results)
                .sorted(Comparator.comparingInt((Result r) -> Math.round(topLeft(r).getY() / row))
                        .thenComparingDouble(r -> topLeft(r).getX()))
                .map(Result::getText)
                .toList();
    }

    /** ZXing's result points of a QR code: bottom left, top left and top right finder patterns. */
    private static ResultPoint topLeft(Result result) {
        return result.getResultPoints()[1];
    }

    /** The structure elements of the tagged PDF, depth first. */
    public static List<PDStructureElement> structure(PDDocument document) {
        List<PDStructureElement> elements = new ArrayList<>();
        collectElements(document.getDocumentCatalog().getStructureTreeRoot(), elements);
        return elements;
    }

    /** The structure elements inside one, depth first. */
    static List<PDStructureElement> descendants(PDStructureNode node) {
        List<PDStructureElement> elements = new ArrayList<>();
        collectElements(node, elements);
        return elements;
    }

    private static void collectElements(PDStructureNode node, List<PDStructureElement> elements) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                elements.add(element);
                collectElements(element, elements);
            }
        }
    }

    private static final class ImageFinder extends PDFGraphicsStreamEngine {

        private final List<DrawnImage> images = new ArrayList<>();

        ImageFinder(PDPage page) {
            super(page);
        }

        @Override
        public void drawImage(PDImage image) {
            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
            images.add(new DrawnImage(ctm.getTranslateX(), ctm.getTranslateY(), ctm.getScalingFactorX(),
                    ctm.getScalingFactorY(), image.getWidth(), image.getHeight()));
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
        }

        @Override
        public void lineTo(float x, float y) {
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        }

        @Override
        public Point2D getCurrentPoint() {
            return new Point2D.Float();
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
        }

        @Override
        public void strokePath() {
        }

        @Override
        public void fillPath(int windingRule) {
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
