package org.shcportal.checking;

import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.shcportal.issuance.IssuerConfig;
import org.shcportal.web.Language;
import org.shcportal.web.RegistryConfig;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The SMART Health Link viewer: a page whose script ({@code /static/js/shl-viewer.mjs}) opens a
 * {@code https://<portal>/shl#shlink:/…} link in the browser (HL7 SMART Health Cards and Links IG 1.0.0, "Health
 * Links Specification", https://hl7.org/fhir/uv/smart-health-cards-and-links/links-specification.html). The
 * fragment, which holds the link's key, is never sent to a server (RFC 9110 §4.2.4 and the specification's "Viewer
 * URL Prefixes"): this page is the same for every link, and the script fetches the manifest, decrypts the files and
 * verifies the cards itself. The server gives it only its words and our issuer URL.
 */
@Path("/shl")
public class LinkViewerController {

    @Inject
    IssuerConfig issuer;

    @Inject
    RegistryConfig registry;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance viewer(ViewerPage page);
    }

    /**
     * The page's values.
     *
     * @param issuer our SHC {@code iss}: the script checks the signatures of these cards only, and opens the links
     *        whose manifest URL starts with it
     * @param zone the registry's time zone, in which dates are written
     * @param words every word the script shows, as JSON ({@link ViewerWords})
     */
    public record ViewerPage(String issuer, String zone, String words) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@Context HttpHeaders headers) {
        Locale locale = Language.of(headers).locale();
        String words = QuarkusTransaction.requiringNew()
                .call(() -> new ViewerWords(locale, registry.name()).json());
        ViewerPage page = new ViewerPage(issuer.url(), registry.timeZone().getId(), words);
        String html = Templates.viewer(page).setLocale(locale).render();
        // What the script shows is never part of the page, but the page is not kept either: no-store as on "check".
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store")
                .build();
    }
}
