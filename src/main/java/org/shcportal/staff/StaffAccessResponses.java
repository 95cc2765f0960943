package org.shcportal.staff;

import java.net.URI;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Staff without a session go to the staff sign-in; a role without the permission gets a 403 page. */
public class StaffAccessResponses {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance forbidden();
    }

    @ServerExceptionMapper
    public Response toSignIn(NotStaffSignedInException e) {
        URI signIn = URI.create(e.ended() ? "/helpdesk/sign-in?ended=1" : "/helpdesk/sign-in");
        return Response.seeOther(signIn).cookie(StaffSessions.COOKIE.clear()).build();
    }

    @ServerExceptionMapper
    public Response forbidden(StaffForbiddenException e) {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.forbidden().render()).build();
    }
}
