package org.shcportal.feed;

/**
 * A person's record changed because of a feed message: fired inside the message's transaction, so an observer's
 * writes are kept or rolled back with the message.
 *
 * @param personId the person whose record changed
 * @param created whether the message created the record: then nothing about the person was on record before it, no
 *        card, fingerprint, sign-in or guardian included
 * @param linkedGuardian whether the message linked the person to a guardian: a record it created has no other
 */
public record RecordUpdated(long personId, boolean created, boolean linkedGuardian) {
}
