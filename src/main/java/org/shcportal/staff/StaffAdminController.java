package org.shcportal.staff;

import java.net.URI;
import java.util.function.BiConsumer;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;
import org.shcportal.audit.Actor;
import org.shcportal.web.FormErrors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The admin's staff accounts (an admin creates and disables them): the list, a new account with a
 * generated password shown once, and disable, enable, unlock, turn off two-step sign-in and a new password. Every
 * change is audited by {@link StaffAccounts}.
 */
@Path("/helpdesk/staff")
@Produces(MediaType.TEXT_HTML)
@Transactional
public class StaffAdminController {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(StaffAccountsPage page);

        static native TemplateInstance form(NewStaffAccountForm form, FormErrors errors);

        static native TemplateInstance password(String username, String password, boolean created);
    }

    @Inject
    SignedInStaff signedIn;

    @Inject
    StaffAccounts accounts;

    @Inject
    StaffAccountsPageBuilder pages;

    @Inject
    StaffMessages messages;

    @GET
    public TemplateInstance list(@QueryParam("done") String done, @QueryParam("account") Long accountId) {
        StaffAccount admin = signedIn.require(StaffPermission.MANAGE_STAFF);
        return Templates.list(pages.afterChange(admin, done, accountId));
    }

    @GET
    @Path("new")
    public TemplateInstance form() {
        signedIn.require(StaffPermission.MANAGE_STAFF);
        return Templates.form(new NewStaffAccountForm(), new FormErrors());
    }

    /**
     * Creates the account with a generated password and shows it this once (never in a URL, never again; the page
     * is not cached). A mistake in the form changes nothing (400, the message at the field).
     */
    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam NewStaffAccountForm form) {
        signedIn.require(StaffPermission.MANAGE_STAFF);
        FormErrors errors = form.validate(messages);
        if (errors.isEmpty()) {
            String password = Passphrases.generate();
            try {
                StaffAccount account = accounts.create(form.username, form.chosenRole().orElseThrow(), password,
                        signedIn.actor());
                return shownOnce(Templates.password(account.username, password, true));
            } catch (StaffAccounts.InvalidAccountException e) {
                errors.add(e.field(), e.getMessage());
            }
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(Templates.form(form, errors)).build();
    }

    @POST
    @Path("{id}/disable")
    public Response disable(@RestPath long id) {
        return change(id, "disabled", accounts::disable);
    }

    @POST
    @Path("{id}/enable")
    public Response enable(@RestPath long id) {
        return change(id, "enabled", accounts::enable);
    }

    @POST
    @Path("{id}/unlock")
    public Response unlock(@RestPath long id) {
        return change(id, "unlocked", accounts::unlock);
    }

    @POST
    @Path("{id}/two-step-off")
    public Response turnOffTwoStep(@RestPath long id) {
        return change(id, "two-step-off", accounts::turnOffTwoStep);
    }

    /** Gives the account a new generated password, shown this once, and signs it out everywhere. */
    @POST
    @Path("{id}/password")
    public Response resetPassword(@RestPath long id) {
        signedIn.require(StaffPermission.MANAGE_STAFF);
        try {
            String password = accounts.resetPassword(id, signedIn.actor());
            return shownOnce(Templates.password(StaffAccount.usernameOf(id).orElseThrow(), password, false));
        } catch (StaffAccounts.InvalidAccountException e) {
            return refused(e);
        }
    }

    private Response change(long id, String done, BiConsumer<Long, Actor> action) {
        signedIn.require(StaffPermission.MANAGE_STAFF);
        try {
            action.accept(id, signedIn.actor());
        } catch (StaffAccounts.InvalidAccountException e) {
            return refused(e);
        }
        return Response.seeOther(URI.create("/helpdesk/staff?done=" + done + "&account=" + id)).build();
    }

    private Response refused(StaffAccounts.InvalidAccountException e) {
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(Templates.list(pages.refused(signedIn.account(), e.getMessage()))).build();
    }

    /** A page with a password on it: no copy in the browser's or a proxy's cache. */
    private static Response shownOnce(TemplateInstance page) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(page).cacheControl(noStore).build();
    }
}
