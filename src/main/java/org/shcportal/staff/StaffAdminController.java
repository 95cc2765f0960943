package org.shcportal.staff;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
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
public class StaffAdminController {

    /** One account in the list, with its times as staff read them. */
    public record Row(StaffAccount account, String status, boolean locked, String created, String lastSignIn,
            boolean self) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Row> rows, String notice, String error);

        static native TemplateInstance form(String username, String role, List<StaffRole> roles, FormErrors errors);

        static native TemplateInstance password(String username, String password, boolean created);
    }

    @Inject
    SignedInStaff signedIn;

    @Inject
    StaffAccounts accounts;

    @Inject
    ConsoleTimes times;

    @Inject
    Clock clock;

    @Inject
    StaffMessages messages;

    @GET
    @Transactional
    public TemplateInstance list(@QueryParam("done") String done, @QueryParam("account") Long accountId) {
        signedIn.require(StaffPermission.MANAGE_STAFF);
        return Templates.list(rows(), notice(done, accountId), null);
    }

    @GET
    @Path("new")
    public TemplateInstance form() {
        signedIn.require(StaffPermission.MANAGE_STAFF);
        return Templates.form("", "", roles(), new FormErrors());
    }

    /**
     * Creates the account with a generated password and shows it this once (never in a URL, never again; the page
     * is not cached). A mistake in the form changes nothing (400, the message at the field).
     */
    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response create(@RestForm String username, @RestForm String role) {
        signedIn.require(StaffPermission.MANAGE_STAFF);
        FormErrors errors = new FormErrors();
        StaffRole chosen = Arrays.stream(StaffRole.values()).filter(r -> r.name().equals(role)).findFirst()
                .orElse(null);
        if (chosen == null) {
            errors.add("role", messages.form_error_role());
        }
        String password = Passphrases.generate();
        if (errors.isEmpty()) {
            try {
                StaffAccount account = accounts.create(username, chosen, password, signedIn.actor());
                return shownOnce(Templates.password(account.username, password, true));
            } catch (StaffAccounts.InvalidAccountException e) {
                errors.add(e.field(), e.getMessage());
            }
        }
        String shown = username == null ? "" : username.strip();
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(Templates.form(shown, role == null ? "" : role, roles(), errors)).build();
    }

    @POST
    @Path("{id}/disable")
    @Transactional
    public Response disable(@RestPath long id) {
        return change(id, "disabled", accounts::disable);
    }

    @POST
    @Path("{id}/enable")
    @Transactional
    public Response enable(@RestPath long id) {
        return change(id, "enabled", accounts::enable);
    }

    @POST
    @Path("{id}/unlock")
    @Transactional
    public Response unlock(@RestPath long id) {
        return change(id, "unlocked", accounts::unlock);
    }

    @POST
    @Path("{id}/two-step-off")
    @Transactional
    public Response turnOffTwoStep(@RestPath long id) {
        return change(id, "two-step-off", accounts::turnOffTwoStep);
    }

    /** Gives the account a new generated password, shown this once, and signs it out everywhere. */
    @POST
    @Path("{id}/password")
    @Transactional
    public Response resetPassword(@RestPath long id) {
        signedIn.require(StaffPermission.MANAGE_STAFF);
        try {
            String password = accounts.resetPassword(id, signedIn.actor());
            return shownOnce(Templates.password(StaffAccount.<StaffAccount> findById(id).username, password, false));
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
        return Response.status(Response.Status.BAD_REQUEST).entity(Templates.list(rows(), null, e.getMessage()))
                .build();
    }

    /** A page with a password on it: no copy in the browser's or a proxy's cache. */
    private static Response shownOnce(TemplateInstance page) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(page).cacheControl(noStore).build();
    }

    private List<Row> rows() {
        String self = signedIn.account().username;
        Instant now = clock.instant();
        return StaffAccount.listByUsername().stream().map(account -> {
            boolean locked = account.isLockedAt(now);
            String status = account.disabled ? messages.list_disabled()
                    : locked ? messages.list_locked_until(times.format(account.lockedUntil)) : messages.list_active();
            return new Row(account, status, locked, times.format(account.createdAt),
                    account.lastSignInAt == null ? messages.list_never() : times.format(account.lastSignInAt),
                    account.username.equals(self));
        }).toList();
    }

    private String notice(String done, Long accountId) {
        if (done == null || accountId == null) {
            return null;
        }
        String username = StaffAccount.<StaffAccount> findByIdOptional(accountId).map(account -> account.username)
                .orElse(null);
        if (username == null) {
            return null;
        }
        return switch (done) {
            case "disabled" -> messages.list_done_disabled(username);
            case "enabled" -> messages.list_done_enabled(username);
            case "unlocked" -> messages.list_done_unlocked(username);
            case "two-step-off" -> messages.list_done_two_step_off(username);
            default -> null;
        };
    }

    private static List<StaffRole> roles() {
        return List.of(StaffRole.values());
    }
}
