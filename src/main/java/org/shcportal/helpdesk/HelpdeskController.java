package org.shcportal.helpdesk;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.shcportal.staff.SignedInStaff;
import org.shcportal.staff.StaffAccount;
import org.shcportal.staff.StaffPermission;
import org.shcportal.web.FormErrors;
import org.shcportal.web.RegistryCalendar;

/**
 * Find a person: the search form and its results. Searches are posted, so search terms never appear
 * in URLs or access logs. An admin, who does not open residents' records, starts on the staff list instead.
 */
@Path("/helpdesk")
@Produces(MediaType.TEXT_HTML)
public class HelpdeskController {

    @Inject
    SignedInStaff staff;

    @Inject
    SearchPageBuilder pages;

    @Inject
    RegistryCalendar calendar;

    @GET
    public Response home() {
        StaffAccount account = staff.account();
        if (!account.may(StaffPermission.FIND_PEOPLE) && account.may(StaffPermission.MANAGE_STAFF)) {
            return Response.seeOther(URI.create("/helpdesk/staff")).build();
        }
        staff.require(StaffPermission.FIND_PEOPLE);
        return SearchPageBuilder.page(Response.Status.OK, new PersonSearchForm(), new FormErrors(), null, null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response search(@BeanParam PersonSearchForm form) {
        staff.require(StaffPermission.FIND_PEOPLE);
        FormErrors errors = form.validate(calendar.today());
        if (!errors.isEmpty()) {
            return SearchPageBuilder.page(Response.Status.BAD_REQUEST, form, errors, null, null, null);
        }
        return SearchPageBuilder.page(Response.Status.OK, form, errors, pages.run(form), null, null);
    }
}
