package org.shcportal.qr;

/**
 * A QR symbol as a compact SVG for web pages: a white square with a quiet zone of 4 modules on each side and one
 * path that strokes each horizontal run of dark modules. It needs no style attribute, so it fits pages with a strict
 * Content Security Policy; the page sets its size.
 */
public final class QrSvg {

    private static final int SVG_BUFFER_CHARS = 16 * 1024;

    private QrSvg() {
    }

    /** The SVG document, without XML declaration and without a trailing newline. */
    public static String render(QrSymbol symbol) {
        int side = symbol.size() + 2 * QrSymbol.QUIET_ZONE_MODULES;
        StringBuilder svg = new StringBuilder(SVG_BUFFER_CHARS)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(side).append(' ').append(side)
                .append("\" shape-rendering=\"crispEdges\"><rect width=\"").append(side).append("\" height=\"")
                .append(side).append("\" fill=\"#fff\"/><path stroke=\"#000\" d=\"");
        for (int y = 0; y < symbol.size(); y++) {
            appendRow(symbol, y, svg);
        }
        return svg.append("\"/></svg>").toString();
    }

    /**
     * One row of runs: the first as {@code M x y.5 h length} (a 1-wide stroke centred on the row), the next ones
     * relative to the end of the previous run ({@code m gap 0 h length}).
     */
    private static void appendRow(QrSymbol symbol, int y, StringBuilder path) {
        int end = -1;
        for (int x = 0; x < symbol.size(); x++) {
            if (!symbol.dark(x, y)) {
                continue;
            }
            int start = x;
            while (x + 1 < symbol.size() && symbol.dark(x + 1, y)) {
                x++;
            }
            if (end < 0) {
                path.append('M').append(start + QrSymbol.QUIET_ZONE_MODULES).append(' ')
                        .append(y + QrSymbol.QUIET_ZONE_MODULES).append(".5");
            } else {
                path.append('m').append(start - end).append(" 0");
            }
            path.append('h').append(x + 1 - start);
            end = x + 1;
        }
    }
}
