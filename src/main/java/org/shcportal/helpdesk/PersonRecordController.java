package org.shcportal.helpdesk;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.shcportal.audit.AuditAction;
import org.shcportal.cards.CardVerifier;
import org.shcportal.registry.Contact;
import org.shcportal.registry.Person;
import org.shcportal.signin.ContactAddress;
import org.shcportal.signin.SignInService;
import org.shcportal.staff.ConsoleTimes;
import org.shcportal.staff.SignedInStaff;
import org.shcportal.staff.StaffPermission;
import org.shcportal.web.FormErrors;
import org.shcportal.web.RegistryCalendar;
import org.shcportal.web.RegistryConfig;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * Opening a person's record with a reason, the record as an agent then sees it, and resending a sign-in code to a
 * contact on file. Both answer 404 for a record this staff session has not opened, whether or not the person exists. Opening
 * was audited; a reload of the page is not audited again.
 */
@Path("/helpdesk/people/{personId}")
@Produces(MediaType.TEXT_HTML)
public class PersonRecordController {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(PersonRecordPage page, FormErrors errors);
    }

    /** What the agent is told when the help desk's code was not sent. */
    private static final Map<SignInService.DeskCode, Function<HelpdeskMessages, String>> REFUSALS = Map.of(
            SignInService.DeskCode.NO_SIGN_IN_WAITING, HelpdeskMessages::record_error_no_sign_in_waiting,
            SignInService.DeskCode.AGENT_LIMIT, HelpdeskMessages::record_error_agent_codes,
            SignInService.DeskCode.PERSON_LIMIT, HelpdeskMessages::record_error_person_codes);

    @Inject
    SignedInStaff staff;

    @Inject
    RecordAccess recordAccess;

    @Inject
    SearchPageBuilder searchPages;

    @Inject
    RegistryCalendar calendar;

    @Inject
    SignInService signIn;

    @Inject
    CardVerifier verifier;

    @Inject
    RegistryConfig registry;

    @Inject
    ConsoleTimes times;

    @Inject
    Clock clock;

    /**
     * Opens the record with the reason and ticket given and shows it; without a valid reason nothing is opened and
     * the search results come back with the problem at the row's fields (each row's form carries the search).
     */
    @POST
    @Path("open")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@PathParam("personId") long personId, @FormParam("reason") String reason,
            @FormParam("ticket") String ticket, @BeanParam PersonSearchForm search) {
        staff.require(StaffPermission.FIND_PEOPLE);
        OpenForm open = new OpenForm(reason, ticket);
        FormErrors errors = open.validate(personId);
        if (errors.isEmpty()) {
            recordAccess.open(personId, open.chosenReason().orElseThrow(), open.cleanTicket());
            return Response.seeOther(URI.create("/helpdesk/people/" + personId)).build();
        }
        boolean searchable = !search.isEmpty() && search.validate(calendar.today()).isEmpty();
        return SearchPageBuilder.page(Response.Status.BAD_REQUEST, search, errors, searchable ? searchPages.run(search)
                : null, personId, open);
    }

    @GET
    @Transactional
    public Response show(@PathParam("personId") long personId, @QueryParam("done") String done) {
        OpenedRecord opened = recordAccess.require(personId, StaffPermission.FIND_PEOPLE);
        return page(Response.Status.OK, opened, done, new FormErrors());
    }

    /**
     * Sends a fresh sign-in code to one of the person's contacts on file, named by its row id: a value that is not
     * one of them (another person's contact, a typed address) sends nothing and says so.
     */
    @POST
    @Path("sign-in-code")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response sendCode(@PathParam("personId") long personId, @FormParam("contact") String contactId) {
        OpenedRecord opened = recordAccess.require(personId, StaffPermission.HELP_CALLER);
        Optional<Contact> contact = PeopleSearch.currentContact(Person.findById(personId), contactId);
        HelpdeskMessages messages = MessageBundles.get(HelpdeskMessages.class);
        FormErrors errors = new FormErrors();
        if (contact.isEmpty()) {
            errors.add("contact-choice", messages.record_error_contact_not_on_file());
            return page(Response.Status.BAD_REQUEST, opened, null, errors);
        }
        SignInService.DeskCode sent = signIn.sendCodeTo(personId,
                new ContactAddress(contact.get().kind, contact.get().value), staff.account().username);
        if (sent != SignInService.DeskCode.SENT) {
            errors.add("contact-choice", REFUSALS.get(sent).apply(messages));
            return page(sent == SignInService.DeskCode.NO_SIGN_IN_WAITING ? Response.Status.CONFLICT
                    : Response.Status.TOO_MANY_REQUESTS, opened, null, errors);
        }
        recordAccess.audit(opened, AuditAction.STAFF_CODE_RESENT);
        return Response.seeOther(URI.create("/helpdesk/people/" + personId + "?done=code-sent")).build();
    }

    private Response page(Response.Status status, OpenedRecord opened, String done, FormErrors errors) {
        Person person = Person.findById(opened.personId);
        PersonRecordPage page = new PersonRecordPageBuilder(times, registry.timeZone(), verifier, clock.instant())
                .page(person, opened, done, signIn.deskView(opened.personId));
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.show(page, errors)).build();
    }
}
