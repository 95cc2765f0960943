package org.shcportal.staff;

import java.net.URI;
import java.util.Base64;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.shcportal.qr.QrPng;
import org.shcportal.qr.QrSymbol;
import org.shcportal.web.FormErrors;
import org.shcportal.web.RegistryConfig;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A staff member's own account (any role): who they are, turning on two-step sign-in with an authenticator app,
 * changing their password, and marking a notice of a change to an approver's account seen.
 */
@Path("/helpdesk/account")
@Produces(MediaType.TEXT_HTML)
public class MyAccountController {

    /** Pixels per QR module: a version-6 link code comes out about 300 pixels wide, easy for a phone camera. */
    private static final int QR_PIXELS_PER_MODULE = 6;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(StaffAccount account, String passwordHint, FormErrors errors,
                String notice);

        static native TemplateInstance twoStep(StaffAccount account, String qrImage, String secret,
                FormErrors errors);
    }

    @Inject
    SignedInStaff signedIn;

    @Inject
    StaffAccounts accounts;

    @Inject
    StaffConfig config;

    @Inject
    RegistryConfig registry;

    @Inject
    StaffMessages messages;

    @Inject
    ApproverNotices notices;

    @GET
    public TemplateInstance index(@QueryParam("done") String done) {
        return Templates.index(signedIn.account(), passwordHint(), new FormErrors(), notice(done));
    }

    /** The set-up page: the waiting secret as a QR code of its otpauth link, and in text for typing in. */
    @GET
    @Path("two-step")
    @Transactional
    public TemplateInstance twoStep() {
        return twoStepPage(signedIn.account(), new FormErrors());
    }

    /** Turns two-step sign-in on when the code matches the secret shown; a wrong code changes nothing. */
    @POST
    @Path("two-step")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response confirmTwoStep(@RestForm String code) {
        StaffAccount account = signedIn.account();
        if (account.hasTwoStep() || accounts.enableTwoStep(account.id, code)) {
            return Response.seeOther(URI.create("/helpdesk/account?done=two-step")).build();
        }
        FormErrors errors = new FormErrors();
        errors.add("code", code == null || code.isBlank() ? messages.two_step_error_missing()
                : messages.two_step_error_wrong());
        return Response.status(Response.Status.BAD_REQUEST).entity(twoStepPage(account, errors)).build();
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response changePassword(@RestForm("current-password") String current,
            @RestForm("new-password") String newPassword, @RestForm("new-password-again") String again) {
        StaffAccount account = signedIn.account();
        try {
            accounts.changePassword(account.id, current, newPassword, again, signedIn.sessionId());
        } catch (StaffAccounts.InvalidAccountException e) {
            FormErrors errors = new FormErrors();
            errors.add(e.field(), e.getMessage());
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.index(account, passwordHint(), errors, null)).build();
        }
        return Response.seeOther(URI.create("/helpdesk/account?done=password")).build();
    }

    /** Marks a notice of a change to an account that can approve seen by the signed-in staff member. */
    @POST
    @Path("notices/{id}/seen")
    @Transactional
    public Response noticeSeen(@RestPath long id) {
        notices.seen(id, signedIn.account());
        return Response.seeOther(URI.create("/helpdesk/account")).build();
    }

    private String passwordHint() {
        return messages.account_new_password_hint(config.minPasswordLength());
    }

    private TemplateInstance twoStepPage(StaffAccount account, FormErrors errors) {
        if (account.hasTwoStep()) {
            return Templates.twoStep(account, null, null, errors);
        }
        String secret = accounts.startTwoStep(account.id);
        String link = TwoStepCodes.link(registry.name(), account.username, secret);
        String png = Base64.getEncoder().encodeToString(QrPng.render(QrSymbol.encodeText(link),
                QR_PIXELS_PER_MODULE));
        return Templates.twoStep(account, "data:image/png;base64," + png, grouped(secret), errors);
    }

    /** The secret in groups of four, as apps show it, for typing in by hand; apps ignore the spaces. */
    static String grouped(String secret) {
        return String.join(" ", secret.split("(?<=\\G.{4})"));
    }

    private String notice(String done) {
        if ("two-step".equals(done)) {
            return messages.account_done_two_step();
        }
        if ("password".equals(done)) {
            return messages.account_done_password();
        }
        return null;
    }
}
