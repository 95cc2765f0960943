package org.shcportal.helpdesk;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.shcportal.staff.SignedInStaff;
import org.shcportal.staff.StaffAccount;
import org.shcportal.staff.StaffPermission;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The help desk's start page: finding a person for roles that may, the staff list for an admin. */
@Path("/helpdesk")
@Produces(MediaType.TEXT_HTML)
public class HelpdeskController {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(StaffAccount account);
    }

    @Inject
    SignedInStaff staff;

    @GET
    public Response home() {
        StaffAccount account = staff.account();
        if (!account.may(StaffPermission.FIND_PEOPLE) && account.may(StaffPermission.MANAGE_STAFF)) {
            return Response.seeOther(URI.create("/helpdesk/staff")).build();
        }
        return Response.ok(Templates.home(account)).build();
    }
}
