package org.shcportal.staff;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditLog;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The help desk's own sign-in (username and password, waits and lock, optional authenticator code) and sign-out. */
@Path("/helpdesk")
@Produces(MediaType.TEXT_HTML)
public class StaffSignInController {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(String username, String error, String notice);
    }

    @Inject
    StaffSignIn signIn;

    @Inject
    SignedInStaff signedIn;

    @Inject
    StaffSessions sessions;

    @Inject
    AuditLog audit;

    @Inject
    StaffMessages messages;

    @Inject
    ConsoleTimes times;

    @GET
    @Path("sign-in")
    public Response form(@QueryParam("ended") String ended) {
        if (signedIn.isSignedIn()) {
            return Response.seeOther(URI.create("/helpdesk")).build();
        }
        return Response.ok(Templates.signIn("", null, ended != null ? messages.signin_ended() : null)).build();
    }

    @POST
    @Path("sign-in")
    public Response submit(@FormParam("username") String username, @FormParam("password") String password,
            @FormParam("code") String code) {
        if (isBlank(username) || isBlank(password)) {
            return refused(username, messages.signin_error_missing());
        }
        StaffSignIn.Outcome outcome = signIn.signIn(username, password, code);
        return switch (outcome.result()) {
            case SIGNED_IN -> Response.seeOther(URI.create("/helpdesk")).cookie(StaffSessions.COOKIE.set(outcome.token()))
                    .build();
            case WAIT -> refused(username, messages.signin_error_wait(times.formatWaitEnd(outcome.waitUntil())));
            case LOCKED -> refused(username, messages.signin_error_locked());
            case WRONG -> refused(username, messages.signin_error_wrong());
            case LIMITED -> refused(username, messages.signin_error_limited());
        };
    }

    @POST
    @Path("sign-out")
    public Response signOut() {
        signedIn.token().ifPresent(token -> {
            if (signedIn.isSignedIn()) {
                audit.record(AuditAction.STAFF_SIGNED_OUT, signedIn.actor(), null);
            }
            sessions.end(token);
        });
        return Response.seeOther(URI.create("/helpdesk/sign-in")).cookie(StaffSessions.COOKIE.clear()).build();
    }

    private static Response refused(String username, String error) {
        String shown = username == null ? "" : username.strip();
        return Response.status(Response.Status.BAD_REQUEST).entity(Templates.signIn(shown, error, null)).build();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
