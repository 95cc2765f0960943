package org.shcportal.signin;

import static org.shcportal.signin.SignInSteps.PENDING;
import static org.shcportal.signin.SignInSteps.messages;
import static org.shcportal.signin.SignInSteps.page;
import static org.shcportal.signin.SignInSteps.startAgain;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.shcportal.web.DateFields;
import org.shcportal.web.FormErrors;
import org.shcportal.web.RegistryCalendar;
import org.shcportal.web.SteadyTiming;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;

/**
 * The step between the form and the code when several persons share the name, birth date and contact (twins): the
 * date of any one of the resident's vaccinations tells them apart, instead of a guess.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DoseDateController {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance doseDate(DateFields dose, FormErrors errors);
    }

    @Inject
    SignInService signIn;

    @Inject
    SignInSteps steps;

    @Inject
    SignInConfig config;

    @Inject
    RegistryCalendar calendar;

    @GET
    @Path("sign-in/dose-date")
    public Response doseDate(@CookieParam(PENDING) String token, @Context HttpHeaders headers) {
        if (!steps.atStep(token, SignInService.Step.DOSE_DATE)) {
            return steps.toCurrentStep(token);
        }
        return page(Response.Status.OK, Templates.doseDate(new DateFields("", "", ""), new FormErrors()), headers);
    }

    @POST
    @Path("sign-in/dose-date")
    @Blocking
    public Uni<Response> narrow(@CookieParam(PENDING) String token,
            @FormParam("doseMonth") String month, @FormParam("doseDay") String day,
            @FormParam("doseYear") String year, @Context HttpHeaders headers) {
        long start = System.nanoTime();
        if (!steps.atStep(token, SignInService.Step.DOSE_DATE)) {
            return Uni.createFrom().item(startAgain());
        }
        DateFields dose = new DateFields(month, day, year);
        Optional<String> problem = problem(dose, messages(headers));
        if (problem.isPresent()) {
            FormErrors errors = new FormErrors();
            errors.add("doseMonth", problem.get());
            return Uni.createFrom().item(page(Response.Status.BAD_REQUEST, Templates.doseDate(dose, errors), headers));
        }
        signIn.narrow(token, dose.toDate().orElseThrow());
        Response response = Response.seeOther(URI.create("/sign-in/code")).build();
        return SteadyTiming.answer(start, config.steadyResponseTime(), response);
    }

    private Optional<String> problem(DateFields dose, SignInMessages messages) {
        if (dose.isBlank()) {
            return Optional.of(messages.error_dose_missing());
        }
        LocalDate today = calendar.today();
        if (dose.toDate().filter(date -> !date.isAfter(today)).isEmpty()) {
            return Optional.of(messages.error_dose_invalid());
        }
        return Optional.empty();
    }
}
