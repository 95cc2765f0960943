package org.shcportal.feed;

import org.shcportal.registry.Person;

/**
 * A person whose record a feed message changed.
 *
 * @param person the person
 * @param created whether the message created the person's record
 * @param linkedGuardian whether the message linked the person to a guardian
 */
record ChangedPerson(Person person, boolean created, boolean linkedGuardian) {

    /** A person the message found on record. */
    static ChangedPerson known(Person person) {
        return new ChangedPerson(person, false, false);
    }

    /** The event told to the rest of the portal, in the message's transaction. */
    RecordUpdated event() {
        return new RecordUpdated(person.id, created, linkedGuardian);
    }
}
