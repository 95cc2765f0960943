package org.shcportal.feed;

import org.shcportal.registry.Person;

/**
 * A person whose record a feed message changed.
 *
 * @param person the person
 * @param created whether the message created the person's record
 */
record ChangedPerson(Person person, boolean created) {

    /** The event told to the rest of the portal, in the message's transaction. */
    RecordUpdated event() {
        return new RecordUpdated(person.id, created);
    }
}
