package org.shcportal.signin;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.shcportal.audit.Actor;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditLog;
import org.shcportal.sessions.SessionCookie;
import org.shcportal.web.DateFields;
import org.shcportal.web.FormErrors;
import org.shcportal.web.Language;
import org.shcportal.web.RegistryCalendar;
import org.shcportal.web.RegistryConfig;
import org.shcportal.web.SteadyTiming;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;

/**
 * Sign-in without a password: the form, the optional dose-date question, the code, resend and
 * sign-out. Every step after the form answers the same way whether or not the details matched anybody.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInController {

    /** The cookie of a sign-in in progress (between the form and the code): its challenge's token. */
    static final String PENDING = "__Host-sign-in";
    private static final SessionCookie PENDING_COOKIE = new SessionCookie(PENDING);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(SignInForm form, FormErrors errors, String notice);

        static native TemplateInstance code(FormErrors errors, String notice);

        static native TemplateInstance doseDate(DateFields dose, FormErrors errors);

        static native TemplateInstance signedOut();
    }

    @Inject
    SignInService signIn;

    @Inject
    SignedInResident signedIn;

    @Inject
    ResidentSessions sessions;

    @Inject
    SignInConfig config;

    @Inject
    RegistryConfig registry;

    @Inject
    AuditLog audit;

    @Inject
    RegistryCalendar calendar;

    @GET
    @Path("sign-in")
    public Response form(@QueryParam("ended") String ended, @QueryParam("expired") String expired,
            @Context HttpHeaders headers) {
        if (signedIn.isSignedIn()) {
            return Response.seeOther(URI.create("/account")).build();
        }
        SignInMessages messages = messages(headers);
        String notice = ended != null ? messages.form_ended() : expired != null ? messages.form_expired() : null;
        return page(Response.Status.OK, Templates.form(new SignInForm(), new FormErrors(), notice), headers);
    }

    @POST
    @Path("sign-in")
    @Blocking
    public Uni<Response> request(@BeanParam SignInForm form, @Context HttpHeaders headers) {
        long start = System.nanoTime();
        FormErrors errors = form.validate(messages(headers), calendar.today());
        if (!errors.isEmpty()) {
            audit.record(AuditAction.SIGN_IN_INVALID, Actor.anonymous(), null);
            return Uni.createFrom()
                    .item(page(Response.Status.BAD_REQUEST, Templates.form(form, errors, null), headers));
        }
        SignInService.Pending pending = signIn.request(form.claim(), Language.of(headers));
        String next = pending.step() == SignInService.Step.DOSE_DATE ? "/sign-in/dose-date" : "/sign-in/code";
        Response response = Response.seeOther(URI.create(next))
                .cookie(PENDING_COOKIE.set(pending.token())).build();
        return SteadyTiming.answer(start, config.steadyResponseTime(), response);
    }

    @GET
    @Path("sign-in/code")
    public Response code(@CookieParam(PENDING) String token, @QueryParam("resent") String resent,
            @Context HttpHeaders headers) {
        if (!atStep(token, SignInService.Step.CODE)) {
            return toCurrentStep(token);
        }
        SignInMessages messages = messages(headers);
        String notice = resent != null ? messages.code_resent() : messages.code_sent();
        return page(Response.Status.OK, Templates.code(new FormErrors(), notice), headers);
    }

    @POST
    @Path("sign-in/code")
    public Response enter(@CookieParam(PENDING) String token, @FormParam("code") String code,
            @Context HttpHeaders headers) {
        if (token == null) {
            return startAgain();
        }
        SignInMessages messages = messages(headers);
        String digits = code == null ? "" : code.replaceAll("[\\s-]", "");
        if (!digits.matches("[0-9]{6}")) {
            return codeError(messages.error_code_format(), headers);
        }
        SignInService.Attempt attempt = signIn.enter(token, digits);
        if (attempt instanceof SignInService.Attempt.SignedIn success) {
            return Response.seeOther(URI.create("/account"))
                    .cookie(ResidentSessions.COOKIE.set(success.sessionToken()),
                            PENDING_COOKIE.clear())
                    .build();
        }
        if (attempt instanceof SignInService.Attempt.Expired) {
            return startAgain();
        }
        boolean spent = attempt instanceof SignInService.Attempt.Spent;
        return codeError(spent ? messages.error_code_spent() : messages.error_code_wrong(), headers);
    }

    @POST
    @Path("sign-in/resend")
    @Blocking
    public Uni<Response> resend(@CookieParam(PENDING) String token) {
        long start = System.nanoTime();
        if (token == null || !signIn.resend(token)) {
            return Uni.createFrom().item(startAgain());
        }
        Response response = Response.seeOther(URI.create("/sign-in/code?resent=1")).build();
        return SteadyTiming.answer(start, config.steadyResponseTime(), response);
    }

    @GET
    @Path("sign-in/dose-date")
    public Response doseDate(@CookieParam(PENDING) String token, @Context HttpHeaders headers) {
        if (!atStep(token, SignInService.Step.DOSE_DATE)) {
            return toCurrentStep(token);
        }
        return page(Response.Status.OK, Templates.doseDate(new DateFields("", "", ""), new FormErrors()), headers);
    }

    @POST
    @Path("sign-in/dose-date")
    @Blocking
    public Uni<Response> narrow(@CookieParam(PENDING) String token,
            @FormParam("doseMonth") String month, @FormParam("doseDay") String day,
            @FormParam("doseYear") String year, @Context HttpHeaders headers) {
        long start = System.nanoTime();
        if (!atStep(token, SignInService.Step.DOSE_DATE)) {
            return Uni.createFrom().item(startAgain());
        }
        DateFields dose = new DateFields(month, day, year);
        Optional<String> problem = doseDateProblem(dose, messages(headers));
        if (problem.isPresent()) {
            FormErrors errors = new FormErrors();
            errors.add("doseMonth", problem.get());
            return Uni.createFrom().item(page(Response.Status.BAD_REQUEST, Templates.doseDate(dose, errors), headers));
        }
        signIn.narrow(token, dose.toDate().orElseThrow());
        Response response = Response.seeOther(URI.create("/sign-in/code")).build();
        return SteadyTiming.answer(start, config.steadyResponseTime(), response);
    }

    @POST
    @Path("sign-out")
    public Response signOut() {
        signedIn.personId().ifPresent(personId -> audit.record(AuditAction.SIGNED_OUT, Actor.resident(personId),
                personId));
        signedIn.token().ifPresent(sessions::end);
        return Response.seeOther(URI.create("/signed-out")).cookie(ResidentSessions.COOKIE.clear())
                .build();
    }

    @GET
    @Path("signed-out")
    public Response signedOut(@Context HttpHeaders headers) {
        return page(Response.Status.OK, Templates.signedOut(), headers);
    }

    private Optional<String> doseDateProblem(DateFields dose, SignInMessages messages) {
        if (dose.isBlank()) {
            return Optional.of(messages.error_dose_missing());
        }
        LocalDate today = calendar.today();
        if (dose.toDate().filter(date -> !date.isAfter(today)).isEmpty()) {
            return Optional.of(messages.error_dose_invalid());
        }
        return Optional.empty();
    }

    private boolean atStep(String token, SignInService.Step step) {
        return token != null && signIn.step(token).filter(step::equals).isPresent();
    }

    /** The page of the step the browser's sign-in is at; the form again when it has none. */
    private Response toCurrentStep(String token) {
        Optional<SignInService.Step> step = token == null ? Optional.empty() : signIn.step(token);
        if (step.isEmpty()) {
            return startAgain();
        }
        return Response.seeOther(URI.create(step.get() == SignInService.Step.CODE ? "/sign-in/code"
                : "/sign-in/dose-date")).build();
    }

    private Response codeError(String message, HttpHeaders headers) {
        FormErrors errors = new FormErrors();
        errors.add("code", message);
        return page(Response.Status.BAD_REQUEST, Templates.code(errors, null), headers);
    }

    private static Response startAgain() {
        return Response.seeOther(URI.create("/sign-in?expired=1")).cookie(PENDING_COOKIE.clear())
                .build();
    }

    private static Response page(Response.Status status, TemplateInstance page, HttpHeaders headers) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(page.setLocale(Language.of(headers).locale())).build();
    }

    private static SignInMessages messages(HttpHeaders headers) {
        return MessageBundles.get(SignInMessages.class, Localized.Literal.of(Language.of(headers).code()));
    }
}
