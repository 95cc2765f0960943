package org.shcportal.signin;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Resident sign-in with a one-time code. */
@ConfigMapping(prefix = "portal.sign-in")
public interface SignInConfig {

    /** How long a code can be used. */
    @WithDefault("10m")
    Duration codeValidity();

    /** Wrong tries after which a code is spent. */
    @WithDefault("5")
    int maxTries();

    /** How long a browser may take from the form to the code before starting again. */
    @WithDefault("30m")
    Duration pendingValidity();

    /**
     * Every answer to the sign-in form, the dose-date question, "Send a new code" and a code typed takes at least this
     * long, so that a match (which writes a code and queues a message, or checks the code typed against one) cannot be
     * told from no match by timing. Measured without it (SignInTimingBenchmark, 2 cores): the slowest answer, a wrong
     * code after a match, has a median of 33 ms and a p90 of 119 ms; 400 ms leaves room for a loaded server.
     */
    @WithDefault("400ms")
    Duration steadyResponseTime();

    /** Rate limits, counted in PostgreSQL so that they hold across replicas. */
    Limits limits();

    interface Limits {
        /** The length of a counting window. */
        @WithDefault("1h")
        Duration window();

        /** Requests (forms and resends) per window from one IP address: a household or office shares one. */
        @WithDefault("30")
        int perIp();

        /**
         * Requests (forms and resends) per window whose details matched one person, however the name was spelled and
         * whichever of the person's contacts was typed. Details that match nobody do not count.
         */
        @WithDefault("5")
        int perIdentity();

        /** Codes per window sent to one phone number or email by the sign-in form and "Send a new code". */
        @WithDefault("5")
        int perContact();

        /**
         * Requests (forms and resends) per window with the same name, date of birth and contact typed, whether or not
         * they match anybody: the person is told when this limit pauses their sign-in, which reveals nothing since it
         * depends only on what was typed. 5, like the limit per person (docs/security.md, "Rate limits").
         */
        @WithDefault("5")
        int perDetails();

        /**
         * Codes per window one help-desk agent sends: a project choice (docs/security.md), several times the sign-in
         * calls one agent answers in an hour, low enough that a misused account is noticed before it floods anybody.
         */
        @WithDefault("20")
        int helpDeskPerAgent();

        /**
         * Help-desk codes per window for one person, to any of their contacts: a project choice (docs/security.md),
         * enough for a caller who mistyped the code twice, too few to flood a person's phone.
         */
        @WithDefault("3")
        int helpDeskPerPerson();
    }
}
