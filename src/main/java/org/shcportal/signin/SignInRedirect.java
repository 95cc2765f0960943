package org.shcportal.signin;

import java.net.URI;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Sends a visitor without a live session to the sign-in page, saying so when their session has ended. */
public class SignInRedirect {

    @ServerExceptionMapper
    public Response toSignIn(NotSignedInException e) {
        URI signIn = URI.create(e.ended() ? "/sign-in?ended=1" : "/sign-in");
        return Response.seeOther(signIn).cookie(ResidentSessions.COOKIE.clear()).build();
    }
}
