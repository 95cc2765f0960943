package org.shcportal.signin;

import org.shcportal.registry.Person;
import org.shcportal.web.Language;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Signs a demo person in without the code flow, for tests of the pages behind sign-in. */
public final class TestSessions {

    /** The session cookie's name. */
    public static final String COOKIE = ResidentSessions.COOKIE.name();

    private TestSessions() {
    }

    /** Starts a session for the person with this registry id and returns the cookie's value. */
    public static String signIn(String registryId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Person person = Person.findByRegistryId(registryId).orElseThrow();
            return Arc.container().select(ResidentSessions.class).get().start(person.id, Language.EN);
        });
    }
}
