package org.shcportal.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.shcportal.fixtures.ShcExamples;
import org.w3c.dom.Element;

class QrSvgTest {

    private static final Pattern PATH_STEP = Pattern.compile("([Mm])(\\d+) (\\d+)(\\.5)?h(\\d+)");

    @Test
    void isWellFormedSvgWithAViewBoxOfTheSymbolAndItsQuietZone() throws Exception {
        QrSymbol symbol = QrSymbol.encode(ShcExamples.qrTexts("00").get(0));
        Element svg = parse(QrSvg.render(symbol));
        int side = symbol.size() + 8;
        assertThat(svg.getTagName()).isEqualTo("svg");
        assertThat(svg.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 " + side + " " + side);
        assertThat(svg.getAttribute("shape-rendering")).isEqualTo("crispEdges");
        Element background = (Element) svg.getElementsByTagName("rect").item(0);
        assertThat(background.getAttribute("width")).isEqualTo(String.valueOf(side));
        assertThat(background.getAttribute("fill")).isEqualTo("#fff");
        assertThat(svg.getElementsByTagName("path").getLength()).isOne();
    }

    @Test
    void hasNoTrailingNewlineNorStyleAttribute() {
        String svg = QrSvg.render(QrSymbol.encode("shc:/5676"));
        assertThat(svg).startsWith("<svg ").endsWith("</svg>").doesNotContain("style=", "\n");
    }

    @Test
    void thePathStrokesExactlyTheDarkModules() throws Exception {
        for (String text : ShcExamples.qrTexts("02")) {
            QrSymbol symbol = QrSymbol.encode(text);
            Element path = (Element) parse(QrSvg.render(symbol)).getElementsByTagName("path").item(0);
            assertThat(path.getAttribute("stroke")).isEqualTo("#000");
            assertThat(strokedModules(path.getAttribute("d"), symbol.size() + 8)).isEqualTo(modules(symbol));
        }
    }

    @Test
    void aVersion22SymbolStaysCompact() {
        String svg = QrSvg.render(QrSymbol.encode(NumericQr.texts(RandomJws.of(1195, 22)).get(0)));
        assertThat(svg.length()).isLessThan(40_000);
    }

    private static Element parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
    }

    /** Replays the path: each run is a 1-wide horizontal stroke centred on a module row. */
    private static boolean[][] strokedModules(String d, int side) {
        boolean[][] dark = new boolean[side][side];
        Matcher step = PATH_STEP.matcher(d);
        int x = 0;
        int y = 0;
        int end = 0;
        while (step.find()) {
            assertThat(step.start()).as("path continues at %d", step.start()).isEqualTo(end);
            boolean absolute = step.group(1).equals("M");
            assertThat(step.group(4) != null).isEqualTo(absolute);
            x = (absolute ? 0 : x) + Integer.parseInt(step.group(2));
            y = (absolute ? 0 : y) + Integer.parseInt(step.group(3));
            int length = Integer.parseInt(step.group(5));
            for (int i = 0; i < length; i++) {
                dark[y][x + i] = true;
            }
            x += length;
            end = step.end();
        }
        assertThat(end).isEqualTo(d.length());
        return dark;
    }

    private static boolean[][] modules(QrSymbol symbol) {
        int side = symbol.size() + 8;
        boolean[][] dark = new boolean[side][side];
        for (int y = 0; y < symbol.size(); y++) {
            for (int x = 0; x < symbol.size(); x++) {
                dark[y + 4][x + 4] = symbol.dark(x, y);
            }
        }
        return dark;
    }
}
