package org.shcportal.feed;

/**
 * A person's record changed because of a feed message: fired inside the message's transaction, so an observer's
 * writes are kept or rolled back with the message.
 *
 * @param personId the person whose record changed
 */
public record RecordUpdated(long personId) {
}
