package org.shcportal.signin;

/**
 * A resident finished signing in: fired inside the sign-in's transaction, so an observer's writes are kept or rolled
 * back with it.
 *
 * @param personId the person who signed in
 */
public record ResidentSignedIn(long personId) {
}
