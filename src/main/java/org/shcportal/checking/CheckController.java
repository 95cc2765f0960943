package org.shcportal.checking;

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
 * Nothing sent is stored or logged: the upload lives only in memory for the request ({@link MemoryForm}; no part of it
 * is ever written to disk), and no line about it is logged. So the result cannot survive a redirect: the POST answers
 * with the page itself, and reloading it only checks the same card again. How much is taken on at once, and from one
 * address, is decided before the upload is read ({@link CheckAdmission}).
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

    /** The form; also the answer to a check refused before it was read, which {@link Refusal} routes here. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response form(@Context HttpHeaders headers, RoutingContext routing) {
        Locale locale = Language.of(headers).locale();
        CheckPageBuilder page = page(locale);
        Refusal refusal = routing.get(Refusal.KEY);
        if (refusal != null) {
            InputProblem problem = new InputProblem(InputProblem.Field.FILE, refusal.kind());
            return render(problem.status(), page.problem(problem, null), locale, refusal.retryAfterSeconds());
        }
        return render(Response.Status.OK.getStatusCode(), page.form(), locale, 0);
    }

    /**
     * Checks what was sent: 200 with a verdict per card, else the message next to the field with 400 (413 when too
     * large, 503 when busy). The files were read into memory by {@link MemoryForm}.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response check(@RestForm String text, @Context HttpHeaders headers, RoutingContext routing) {
        Locale locale = Language.of(headers).locale();
        CheckPageBuilder page = page(locale);
        try {
            List<CardInput.Upload> uploads = routing.remove(MemoryForm.UPLOADS);
            List<String> cards = CardInput.cards(uploads == null ? List.of() : uploads, text);
            InputProblem.Field field = text != null && !text.isBlank() ? InputProblem.Field.TEXT
                    : InputProblem.Field.FILE;
            List<Checked> checked = new ArrayList<>();
            for (String jws : cards) {
                checked.add(checks.check(jws)
                        .orElseThrow(() -> new InputProblem(field, InputProblem.Kind.UNREADABLE)));
            }
            CheckPage view = QuarkusTransaction.requiringNew().call(() -> page.results(checked, clock.instant()));
            return render(Response.Status.OK.getStatusCode(), view, locale, 0);
        } catch (InputProblem problem) {
            long retryAfter = problem.kind == InputProblem.Kind.BUSY ? CheckAdmission.BUSY_RETRY_SECONDS : 0;
            return render(problem.status(), page.problem(problem, text), locale, retryAfter);
        } catch (RuntimeException e) {
            // The exception's message may quote the card: only its kind is logged.
            LOG.warnf("Checking a card failed unexpectedly (%s)", e.getClass().getName());
            InputProblem unreadable = new InputProblem(InputProblem.Field.FILE, InputProblem.Kind.UNREADABLE);
            return render(unreadable.status(), page.problem(unreadable, null), locale, 0);
        } finally {
            // The check is done: its place is free even if its visitor left before the answer could be sent.
            CheckPlaces.Place place = routing.get(CheckPlaces.KEY);
            if (place != null) {
                place.giveBack();
            }
        }
    }

    private CheckPageBuilder page(Locale locale) {
        return new CheckPageBuilder(locale, registry.timeZone(), registry.name());
    }

    /**
     * The page, never stored by the browser or a proxy: it may show a person's records.
     *
     * @param retryAfterSeconds when to try again, for a 429 or 503 (RFC 9110 §10.2.3); 0 for no such header
     */
    private static Response render(int status, CheckPage view, Locale locale, long retryAfterSeconds) {
        String html = Templates.check(view).setLocale(locale).render();
        Response.ResponseBuilder response = Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").entity(html);
        if (retryAfterSeconds > 0) {
            response.header("Retry-After", Long.toString(retryAfterSeconds));
        }
        return response.build();
    }
}
