package org.shcportal.signin;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.shcportal.registry.Person;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/** The resident signed in on the current request, from the session cookie. */
@RequestScoped
public class SignedInResident {

    @Inject
    CurrentVertxRequest request;

    @Inject
    ResidentSessions sessions;

    private Optional<Long> personId;

    /** The signed-in person; a {@link NotSignedInException} (→ the sign-in page) when nobody is signed in. */
    public Person person() {
        return Person.<Person> findByIdOptional(personId().orElseThrow(this::notSignedIn))
                .orElseThrow(this::notSignedIn);
    }

    /** The signed-in person's id, when somebody is signed in. */
    public Optional<Long> personId() {
        if (personId == null) {
            personId = token().flatMap(sessions::resume);
        }
        return personId;
    }

    public boolean isSignedIn() {
        return personId().isPresent();
    }

    Optional<String> token() {
        return ResidentSessions.COOKIE.token(request.getCurrent().request());
    }

    private NotSignedInException notSignedIn() {
        return new NotSignedInException(token().isPresent());
    }
}
