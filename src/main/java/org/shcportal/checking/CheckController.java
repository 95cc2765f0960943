package org.shcportal.checking;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.shcportal.checking.CardChecks.Checked;
import org.shcportal.web.Language;
import org.shcportal.web.RegistryConfig;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;

/**
 * "Check my card": anyone, signed in or not, uploads a card file or a picture of its QR code, or pastes its text, and
 * sees what a verifier would: who issued it, whether it is valid (for our own cards: signature, revocation list,
 * expiry) and what it says. Other portals' users often cannot tell what a QR code holds or why a verifier refuses
 * it. Another issuer's card is read but not checked, and nothing is fetched over the network.
 * <p>
 * Nothing sent is stored or logged: the upload lives only in memory and in the server's upload folder for the
 * request (deleted when it ends), and no line about it is logged. So the result cannot survive a redirect: the POST
 * answers with the page itself, and reloading it only checks the same card again.
 */
@Path(CheckController.PATH)
public class CheckController {

    static final String PATH = "/check";
    private static final Logger LOG = Logger.getLogger(CheckController.class);

    @Inject
    CardChecks checks;

    @Inject
    RegistryConfig registry;

    @Inject
    Clock clock;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance check(CheckPage page);
    }

    /** The form; also the answer (413) to a body too large to read, which {@link UploadLimit} routes here. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response form(@Context HttpHeaders headers, RoutingContext routing) {
        Locale locale = Language.of(headers).locale();
        CheckPageBuilder page = page(locale);
        if (Boolean.TRUE.equals(routing.get(UploadLimit.TOO_LARGE))) {
            InputProblem tooLarge = new InputProblem(InputProblem.Field.FILE, InputProblem.Kind.TOO_LARGE);
            return render(tooLarge.status(), page.problem(tooLarge, null), locale);
        }
        return render(Response.Status.OK.getStatusCode(), page.form(), locale);
    }

    /** Checks what was sent: 200 with a verdict per card, 400 (413 when too large) with a message next to the field. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response check(@RestForm("file") List<FileUpload> files, @RestForm String text,
            @Context HttpHeaders headers) {
        Locale locale = Language.of(headers).locale();
        CheckPageBuilder page = page(locale);
        try {
            List<String> cards = CardInput.cards(uploads(files), text);
            InputProblem.Field field = text != null && !text.isBlank() ? InputProblem.Field.TEXT
                    : InputProblem.Field.FILE;
            List<Checked> checked = new ArrayList<>();
            for (String jws : cards) {
                checked.add(checks.check(jws)
                        .orElseThrow(() -> new InputProblem(field, InputProblem.Kind.UNREADABLE)));
            }
            CheckPage view = QuarkusTransaction.requiringNew().call(() -> page.results(checked, clock.instant()));
            return render(Response.Status.OK.getStatusCode(), view, locale);
        } catch (InputProblem problem) {
            return render(problem.status(), page.problem(problem, text), locale);
        } catch (RuntimeException e) {
            // The exception's message may quote the card: only its kind is logged.
            LOG.warnf("Checking a card failed unexpectedly (%s)", e.getClass().getName());
            InputProblem unreadable = new InputProblem(InputProblem.Field.FILE, InputProblem.Kind.UNREADABLE);
            return render(unreadable.status(), page.problem(unreadable, null), locale);
        }
    }

    /** The files chosen; a file input left empty still sends a part, without a name or bytes. */
    private static List<CardInput.Upload> uploads(List<FileUpload> files) throws InputProblem {
        List<CardInput.Upload> uploads = new ArrayList<>();
        long total = 0;
        for (FileUpload file : files == null ? List.<FileUpload> of() : files) {
            boolean unnamed = file.fileName() == null || file.fileName().isBlank();
            if (unnamed && file.size() == 0) {
                continue;
            }
            total += file.size();
            if (total > CardInput.MAX_UPLOAD_BYTES) {
                throw new InputProblem(InputProblem.Field.FILE, InputProblem.Kind.TOO_LARGE);
            }
            try {
                uploads.add(new CardInput.Upload(Files.readAllBytes(file.uploadedFile())));
            } catch (IOException e) {
                throw new InputProblem(InputProblem.Field.FILE, InputProblem.Kind.UNREADABLE);
            }
        }
        return uploads;
    }

    private CheckPageBuilder page(Locale locale) {
        return new CheckPageBuilder(locale, registry.timeZone(), registry.name());
    }

    /** The page, never stored by the browser or a proxy: it may show a person's records. */
    private static Response render(int status, CheckPage view, Locale locale) {
        String html = Templates.check(view).setLocale(locale).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").entity(html).build();
    }
}
