package org.shcportal.signin;

import static org.shcportal.signin.SignInSteps.PENDING;
import static org.shcportal.signin.SignInSteps.messages;
import static org.shcportal.signin.SignInSteps.page;
import static org.shcportal.signin.SignInSteps.startAgain;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

import jakarta.inject.Inject;
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

import org.shcportal.web.FormErrors;
import org.shcportal.web.Language;
import org.shcportal.web.RegistryConfig;
import org.shcportal.web.SteadyTiming;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;

/**
 * The last step of the sign-in: the 6-digit code sent to the resident's phone or email, and "Send a new code". The
 * page reads the same whether or not the form's details matched anybody, and a code's answer comes after the same
 * steady time as the form's: checking a wrong code against a code that was sent takes more work than finding there
 * is none.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInCodeController {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance code(FormErrors errors, String notice, String paused, int triesLeft);
    }

    @Inject
    SignInService signIn;

    @Inject
    SignInSteps steps;

    @Inject
    SignInConfig config;

    @Inject
    RegistryConfig registry;

    @GET
    @Path("sign-in/code")
    public Response code(@CookieParam(PENDING) String token, @QueryParam("resent") String resent,
            @Context HttpHeaders headers) {
        if (!steps.atStep(token, SignInService.Step.CODE)) {
            return steps.toCurrentStep(token);
        }
        SignInMessages messages = messages(headers);
        String notice = resent != null ? messages.code_resent() : messages.code_sent();
        return codePage(Response.Status.OK, token, new FormErrors(), notice, headers);
    }

    @POST
    @Path("sign-in/code")
    @Blocking
    public Uni<Response> enter(@CookieParam(PENDING) String token, @FormParam("code") String code,
            @Context HttpHeaders headers) {
        long start = System.nanoTime();
        return SteadyTiming.answer(start, config.steadyResponseTime(), check(token, code, headers));
    }

    private Response check(String token, String code, HttpHeaders headers) {
        if (token == null) {
            return startAgain();
        }
        SignInMessages messages = messages(headers);
        String digits = code == null ? "" : code.replaceAll("[\\s-]", "");
        if (!digits.matches("[0-9]{6}")) {
            return codeError(token, messages.error_code_format(), headers);
        }
        SignInService.Attempt attempt = signIn.enter(token, digits);
        if (attempt instanceof SignInService.Attempt.SignedIn success) {
            return Response.seeOther(URI.create("/account"))
                    .cookie(ResidentSessions.COOKIE.set(success.sessionToken()), SignInSteps.PENDING_COOKIE.clear())
                    .build();
        }
        if (attempt instanceof SignInService.Attempt.Expired) {
            return startAgain();
        }
        boolean spent = attempt instanceof SignInService.Attempt.Spent;
        return codeError(token, spent ? messages.error_code_spent() : messages.error_code_wrong(), headers);
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

    private Response codeError(String token, String message, HttpHeaders headers) {
        FormErrors errors = new FormErrors();
        errors.add("code", message);
        return codePage(Response.Status.BAD_REQUEST, token, errors, null, headers);
    }

    /**
     * The code page with what the details typed still allow: paused until a time in the registry's time zone (then
     * no "code sent" notice, which would not be true), or the tries left this window.
     */
    private Response codePage(Response.Status status, String token, FormErrors errors, String notice,
            HttpHeaders headers) {
        SignInService.Allowance allowance = signIn.allowance(token)
                .orElse(new SignInService.Allowance(Optional.empty(), config.limits().perDetails()));
        SignInMessages messages = messages(headers);
        String paused = allowance.pausedUntil().map(until -> messages.code_paused(time(until, headers),
                registry.helpPhone())).orElse(null);
        return page(status, Templates.code(errors, paused == null ? notice : null, paused, allowance.requestsLeft()),
                headers);
    }

    private String time(Instant instant, HttpHeaders headers) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Language.of(headers).locale())
                .withZone(registry.timeZone()).format(instant);
    }
}
