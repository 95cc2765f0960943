package org.shcportal.healthlinks;

/** A link just created, with its {@code shlink:/…} URI. */
public record CreatedLink(HealthLink link, String shlink) {
}
