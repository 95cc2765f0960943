package org.shcportal.signin;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.shcportal.sessions.SessionCookie;
import org.shcportal.web.Language;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * Where a sign-in in progress stands, for the pages of its steps (the form, the dose-date question, the code): the
 * browser holds its challenge's token in the {@value #PENDING} cookie between the form and the code.
 */
@ApplicationScoped
public class SignInSteps {

    /** The cookie of a sign-in in progress: its challenge's token. */
    static final String PENDING = "__Host-sign-in";
    static final SessionCookie PENDING_COOKIE = new SessionCookie(PENDING);

    @Inject
    SignInService signIn;

    boolean atStep(String token, SignInService.Step step) {
        return token != null && signIn.step(token).filter(step::equals).isPresent();
    }

    /** The page of the step the browser's sign-in is at; the form again when it has none. */
    Response toCurrentStep(String token) {
        Optional<SignInService.Step> step = token == null ? Optional.empty() : signIn.step(token);
        if (step.isEmpty()) {
            return startAgain();
        }
        return Response.seeOther(URI.create(step.get() == SignInService.Step.CODE ? "/sign-in/code"
                : "/sign-in/dose-date")).build();
    }

    static Response startAgain() {
        return Response.seeOther(URI.create("/sign-in?expired=1")).cookie(PENDING_COOKIE.clear()).build();
    }

    static Response page(Response.Status status, TemplateInstance page, HttpHeaders headers) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(page.setLocale(Language.of(headers).locale())).build();
    }

    static SignInMessages messages(HttpHeaders headers) {
        return MessageBundles.get(SignInMessages.class, Localized.Literal.of(Language.of(headers).code()));
    }
}
