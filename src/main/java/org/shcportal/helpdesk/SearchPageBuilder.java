package org.shcportal.helpdesk;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditLog;
import org.shcportal.staff.SignedInStaff;
import org.shcportal.web.FormErrors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The find-a-person page, for the search itself and for an opening that came back without a valid reason. Every
 * run of a search is audited, without its terms: results are a view of the registry.
 */
@RequestScoped
public class SearchPageBuilder {

    /**
     * The search page: the form as typed, and the results once searched.
     *
     * @param maxResults matches beyond this many are not listed
     */
    public record SearchPage(PersonSearchForm form, FormErrors errors, PeopleSearch.Results results, Long openFor,
            OpenForm open, int maxResults) {

        /** The reasons for a row's select: the one chosen kept on the row whose form came back with a problem. */
        public List<OpenForm.ReasonOption> reasonsFor(long personId) {
            return OpenForm.reasons(sent(personId).flatMap(OpenForm::chosenReason));
        }

        public String reasonField(long personId) {
            return OpenForm.reasonField(personId);
        }

        public String ticketField(long personId) {
            return OpenForm.ticketField(personId);
        }

        public String ticketFor(long personId) {
            return sent(personId).map(OpenForm::ticket).orElse("");
        }

        private Optional<OpenForm> sent(long personId) {
            return openFor != null && openFor == personId ? Optional.ofNullable(open) : Optional.empty();
        }
    }

    @CheckedTemplate(basePath = "HelpdeskController")
    static class Templates {
        static native TemplateInstance search(SearchPage page);
    }

    @Inject
    SignedInStaff staff;

    @Inject
    PeopleSearch people;

    @Inject
    AuditLog audit;

    /** Runs a valid search and audits it. */
    PeopleSearch.Results run(PersonSearchForm form) {
        PeopleSearch.Results results = people.search(form.criteria());
        audit.record(AuditAction.STAFF_SEARCHED, staff.actor(), null);
        return results;
    }

    static Response page(Response.Status status, PersonSearchForm form, FormErrors errors,
            PeopleSearch.Results results, Long openFor, OpenForm open) {
        SearchPage page = new SearchPage(form, errors, results, openFor, open, PeopleSearch.MAX_RESULTS);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.search(page)).build();
    }
}
