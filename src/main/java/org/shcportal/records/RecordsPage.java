package org.shcportal.records;

import java.util.List;

/**
 * Everything the records page shows, as text ready to print in the page's language.
 *
 * @param viewerId the signed-in resident: the guardian, whose family pack a child's page offers
 * @param self whether the signed-in resident is looking at their own records (else a child's)
 * @param heading the page's title: "Your records", or the child's initials only
 * @param birthDateIso the date of birth as {@code yyyy-MM-dd}, for the datetime attribute of a time element
 */
public record RecordsPage(long personId, long viewerId, boolean self, String heading, String lead, String name,
        String birthDate,
        String birthDateIso, List<DoseGroup> immunizations, List<LabGroup> labs, Card card, List<Request> requests) {

    public boolean empty() {
        return immunizations.isEmpty() && labs.isEmpty();
    }

    /** The doses that go on one card, oldest first. */
    public record DoseGroup(String slug, String heading, String caption, List<Dose> doses) {
    }

    public record Dose(String vaccine, String date, String isoDate, String lot, String where) {
    }

    /** The lab results that go on one card, oldest first. */
    public record LabGroup(String slug, String heading, String caption, List<Lab> results) {
    }

    public record Lab(String test, String result, String date, String isoDate, String lab) {
    }

    /**
     * "What is inside my card".
     *
     * @param cards how many cards there are, introducing {@code groups}; null when there is nothing to put in a card
     * @param groups the disease or test group of each card
     */
    public record Card(String heading, String cards, List<String> groups, List<Section> sections) {
    }

    public record Section(String heading, List<String> items) {
    }

    /** A correction request about this record and where it stands. */
    public record Request(String sent, String kind, String status, String statusSlug, String outcome) {
    }
}
