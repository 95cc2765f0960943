package org.shcportal.helpdesk;

import java.util.List;

/**
 * What the person page shows an agent who opened a record with a reason: identity, masked contacts and street
 * line, doses, issued cards with whether our verifier still accepts them, correction requests, and family links
 * by initials.
 *
 * @param notice the confirmation of the action the page came back from, or null
 * @param signInWaiting whether a sign-in of the person waits for a code, in words
 * @param signInPaused until when self-service sign-in was paused for the person, in words, or null
 */
public record PersonRecordPage(long personId, String name, String birthDate, String birthDateIso, String registryId,
        String reason, String ticket, String openedAt, String notice, String signInWaiting, String signInPaused,
        List<ContactRow> contacts,
        AddressView address, List<DoseRow> doses, List<CardRow> cards, List<RequestRow> requests,
        List<RelativeRow> guardians, List<RelativeRow> children) {

    /** A contact on file; {@code id} is the opaque value the resend form posts. */
    public record ContactRow(long id, String kind, String masked) {
    }

    /** The mailing address with its street lines masked. */
    public record AddressView(String line1, String line2, String city, String state, String postalCode) {
    }

    public record DoseRow(String date, String dateIso, String vaccine) {
    }

    public record CardRow(String group, String issuedAt, boolean fullHistory, String status, boolean valid) {
    }

    public record RequestRow(long id, String received, String kind, String status, String statusSlug) {
    }

    public record RelativeRow(String initials, String relationship, String birthYear) {
    }
}
