package org.shcportal.signin;

import static org.shcportal.signin.SignInSteps.messages;
import static org.shcportal.signin.SignInSteps.page;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import org.shcportal.web.FormErrors;
import org.shcportal.web.Language;
import org.shcportal.web.RegistryCalendar;
import org.shcportal.web.SteadyTiming;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;

/**
 * Sign-in without a password: the form (legal name, date of birth, a phone or email on record) and sign-out. The
 * form's answer is the same page after the same time whether or not the details matched anybody; the dose-date
 * question and the code are the next steps ({@link DoseDateController}, {@link SignInCodeController}).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInController {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(SignInForm form, FormErrors errors, String notice);

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
                .cookie(SignInSteps.PENDING_COOKIE.set(pending.token())).build();
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

}
