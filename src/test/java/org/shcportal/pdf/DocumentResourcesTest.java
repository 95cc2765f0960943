package org.shcportal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;

class DocumentResourcesTest {

    final DocumentResources resources = new DocumentResources(DocumentResourcesTest.class.getClassLoader());

    @Test
    void dataUrisPassAsTheyAre() {
        String png = "data:image/png;base64,iVBORw0KGgo=";
        assertThat(resources.allowed(png, ExternalResourceType.IMAGE_RASTER)).isTrue();
        assertThat(resources.resolveURI(null, png)).isEqualTo(png);
        resources.checkNoneRefused();
    }

    @Test
    void staticFilesResolveToOurSchemeAndOpenFromTheClasspath() throws IOException {
        String css = resources.resolveURI(null, "/static/css/print.css");
        assertThat(css).isEqualTo("portal-static:/static/css/print.css");
        assertThat(resources.allowed(css, ExternalResourceType.CSS)).isTrue();
        try (InputStream in = resources.getUrl(css).getStream()) {
            assertThat(new String(in.readAllBytes(), "UTF-8")).contains("@page");
        }
        resources.checkNoneRefused();
    }

    @Test
    void referencesInsideAStaticStyleSheetResolveAgainstIt() {
        assertThat(resources.resolveURI("portal-static:/static/css/print.css", "../fonts/NotoSans-Bold.ttf"))
                .isEqualTo("portal-static:/static/fonts/NotoSans-Bold.ttf");
        assertThat(resources.resolveURI("portal-static:/static/css/print.css", "../../secret.txt")).isNull();
    }

    @Test
    void everythingElseIsRefusedAndReported() {
        for (String uri : new String[] { "http://example.org/a.png", "https://example.org/a.css", "file:///etc/passwd",
                "classpath:/application.properties", "relative.png", "/static/../application.properties",
                "portal-static:/application.properties" }) {
            assertThat(resources.resolveURI(null, uri)).as(uri).isNull();
        }
        assertThat(resources.allowed("https://example.org/a.css", ExternalResourceType.CSS)).isFalse();
        assertThat(resources.refusing().getUrl("https://example.org/b.css").getStream()).isNull();
        assertThatThrownBy(resources::checkNoneRefused).isInstanceOf(PdfRenderException.class)
                .hasMessageContaining("http://example.org/a.png").hasMessageContaining("https://example.org/b.css");
    }

    @Test
    void aMissingStaticFileIsReported() {
        assertThat(resources.getUrl("portal-static:/static/css/missing.css").getStream()).isNull();
        assertThatThrownBy(resources::checkNoneRefused).isInstanceOf(PdfRenderException.class)
                .hasMessageContaining("/static/css/missing.css");
    }
}
