package org.shcportal.pdf;

/**
 * A document that cannot become a PDF: malformed XHTML, a resource the renderer refuses to fetch, or a problem the
 * layout engine reported (a font, an image or a style sheet it could not use).
 */
public class PdfRenderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PdfRenderException(String message) {
        super(message);
    }

    public PdfRenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
