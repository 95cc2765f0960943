package org.shcportal.feed;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.shcportal.cards.Cvx;
import org.shcportal.feed.FeedProblem.ErrorCode;
import org.shcportal.registry.Immunization;
import org.shcportal.registry.Person;
import org.shcportal.web.RegistryCalendar;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.v251.group.VXU_V04_ORDER;
import ca.uhn.hl7v2.model.v251.message.VXU_V04;
import ca.uhn.hl7v2.model.v251.segment.ORC;
import ca.uhn.hl7v2.model.v251.segment.RXA;

/**
 * The doses of a VXU: one per ORDER group (ORC + RXA; CDC Immunization IG Release 1.5, ORC and RXA segments). A dose
 * is known by its sender (MSH-4) and the sender's id for it, ORC-3 (filler order number); RXA-21 (HL7 table 0323)
 * adds (A), updates (U) or deletes (D) it (Release 1.5 Addendum, "Deletions"). A deleted dose is kept, marked entered
 * in error. Only a completed dose (RXA-20 CP) can go on a card.
 */
@ApplicationScoped
class DoseUpdate {

    /** ORC-3 "9999" means "required but unknown" in the guide's refusal example (Appendix A): not an id. */
    private static final String NO_ID = "9999";
    /** Column sizes of the immunization table (db-migrations V001). */
    private static final int LOT_LENGTH = 40;
    private static final int MVX_LENGTH = 4;
    private static final int PERFORMER_LENGTH = 200;
    /**
     * Adds a dose unless the sender has one with the same ORC-3: the unique key of db-migrations V019 decides, so
     * that a new dose takes one statement instead of a lookup and an insert.
     */
    private static final String ADD_NEW = """
            INSERT INTO immunization (person_id, cvx_code, occurrence_date, lot_number, mvx_code, performer_name,
            status, source_system, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (source_system, source_id) DO NOTHING""";

    @Inject
    RegistryCalendar calendar;

    @Inject
    VaccineList vaccines;

    @Inject
    EntityManager entityManager;

    void apply(Person person, String sender, VXU_V04 vxu, List<FeedProblem> problems) {
        List<VXU_V04_ORDER> orders;
        try {
            orders = vxu.getORDERAll();
        } catch (HL7Exception e) {
            problems.add(FeedProblem.error("ORC", 1, 0, ErrorCode.SEGMENT_SEQUENCE_ERROR,
                    "The ORDER groups (ORC, RXA) could not be read."));
            return;
        }
        for (int i = 0; i < orders.size(); i++) {
            apply(person, sender, orders.get(i).getORC(), orders.get(i).getRXA(), i + 1, problems);
        }
    }

    private void apply(Person person, String sender, ORC orc, RXA rxa, int sequence, List<FeedProblem> problems) {
        Optional<String> sourceId = sourceId(orc, sequence, problems);
        String action = PatientUpdate.text(rxa.getActionCodeRXA().getValue());
        if (!List.of("", "A", "U", "D").contains(action)) {
            problems.add(FeedProblem.error("RXA", sequence, 21, ErrorCode.TABLE_VALUE_NOT_FOUND,
                    "RXA-21 must be A (add), U (update) or D (delete)."));
            return;
        }
        if (("".equals(action) || "A".equals(action)) && sourceId.isPresent()
                && added(person, sender, sourceId.get(), orc, rxa, sequence, problems)) {
            return;
        }
        Immunization known = sourceId.map(id -> known(sender, id)).orElse(null);
        if (known != null && !known.person.id.equals(person.id)) {
            problems.add(FeedProblem.error("ORC", sequence, 3, ErrorCode.UNKNOWN_KEY_IDENTIFIER,
                    "ORC-3 names a dose of another person."));
            return;
        }
        if (("U".equals(action) || "D".equals(action)) && known == null) {
            problems.add(FeedProblem.error("ORC", sequence, 3, ErrorCode.UNKNOWN_KEY_IDENTIFIER,
                    "RXA-21 " + action + " names a dose (ORC-3) the registry does not have from this sender."));
            return;
        }
        if ("D".equals(action)) {
            known.status = Immunization.Status.ENTERED_IN_ERROR;
            return;
        }
        if ("A".equals(action) && known != null) {
            problems.add(FeedProblem.warning("ORC", sequence, 3, ErrorCode.DUPLICATE_KEY_IDENTIFIER,
                    "RXA-21 A adds a dose (ORC-3) the registry already has from this sender: it was updated with"
                            + " this message instead."));
        }
        Immunization dose = known != null ? known : new Immunization();
        if (!fill(dose, rxa, sequence, calendar.today(), problems)) {
            return;
        }
        if (dose.performerName == null) {
            dose.performerName = enteringOrganization(orc);
        }
        if (known == null) {
            dose.person = person;
            dose.sourceSystem = sender;
            dose.sourceId = sourceId.orElse(null);
            dose.persist();
        }
    }

    /**
     * Adds the RXA as a new dose with plain JDBC, in the message's transaction, when the sender has no dose with this
     * ORC-3 yet: the common case, in one statement. False, leaving {@code problems} as they were, when the sender has
     * one or the RXA has an error: the steps of {@link #apply} then look for the dose and report as for any other.
     */
    private boolean added(Person person, String sender, String sourceId, ORC orc, RXA rxa, int sequence,
            List<FeedProblem> problems) {
        Immunization dose = new Immunization();
        List<FeedProblem> found = new ArrayList<>();
        if (!fill(dose, rxa, sequence, calendar.today(), found)) {
            return false;
        }
        String performer = dose.performerName != null ? dose.performerName : enteringOrganization(orc);
        boolean added = entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(ADD_NEW)) {
                statement.setLong(1, person.id);
                statement.setString(2, dose.cvxCode);
                statement.setObject(3, dose.occurrenceDate);
                statement.setString(4, dose.lotNumber);
                statement.setString(5, dose.mvxCode);
                statement.setString(6, performer);
                statement.setString(7, dose.status.name());
                statement.setString(8, sender);
                statement.setString(9, sourceId);
                return statement.executeUpdate() == 1;
            }
        });
        if (added) {
            problems.addAll(found);
        }
        return added;
    }

    private static Immunization known(String sender, String sourceId) {
        return Immunization.find("sourceSystem = ?1 and sourceId = ?2", sender, sourceId).firstResult();
    }

    /** ORC-3 as {@code id^namespace}; empty for the guide's "9999"; an error when missing. */
    private static Optional<String> sourceId(ORC orc, int sequence, List<FeedProblem> problems) {
        String id = PatientUpdate.text(orc.getFillerOrderNumber().getEntityIdentifier().getValue());
        if (id.isEmpty()) {
            problems.add(FeedProblem.error("ORC", sequence, 3, ErrorCode.REQUIRED_FIELD_MISSING,
                    "ORC-3 (the sender's id of the dose) is required."));
            return Optional.empty();
        }
        if (NO_ID.equals(id)) {
            return Optional.empty();
        }
        String namespace = PatientUpdate.text(orc.getFillerOrderNumber().getNamespaceID().getValue());
        return PatientUpdate.sourceId(namespace.isEmpty() ? id : id + "^" + namespace, sequence, problems);
    }

    /** Sets the dose from RXA; false (with errors) when a required field is missing or wrong. */
    private boolean fill(Immunization dose, RXA rxa, int sequence, LocalDate today,
            List<FeedProblem> problems) {
        Optional<LocalDate> date = PatientUpdate.pastDate(rxa.getDateTimeStartOfAdministration().getTime().getValue(),
                today, "RXA", sequence, 3, problems);
        Optional<String> cvx = cvx(rxa, sequence, problems);
        Optional<Immunization.Status> status = status(rxa, sequence, problems);
        if (date.isEmpty() || cvx.isEmpty() || status.isEmpty()) {
            return false;
        }
        dose.occurrenceDate = date.get();
        dose.cvxCode = cvx.get();
        dose.status = status.get();
        dose.lotNumber = limited(rxa.getSubstanceLotNumberReps() == 0 ? ""
                : rxa.getSubstanceLotNumber(0).getValue(), LOT_LENGTH, "RXA", sequence, 15, problems);
        dose.mvxCode = limited(rxa.getSubstanceManufacturerNameReps() == 0 ? ""
                : rxa.getSubstanceManufacturerName(0).getIdentifier().getValue(), MVX_LENGTH, "RXA", sequence, 17,
                problems);
        // RXA-11.4 (administered-at location, facility) names where; ORC-17 is the fallback (apply).
        String place = PatientUpdate.text(rxa.getAdministeredAtLocation().getFacility().getNamespaceID().getValue());
        dose.performerName = place.isEmpty() ? null : place.substring(0, Math.min(PERFORMER_LENGTH, place.length()));
        return true;
    }

    /** ORC-17 (entering organization, CE): its text, else its identifier; null when empty. */
    private static String enteringOrganization(ORC orc) {
        String text = PatientUpdate.text(orc.getEnteringOrganization().getText().getValue());
        String name = text.isEmpty() ? PatientUpdate.text(orc.getEnteringOrganization().getIdentifier().getValue())
                : text;
        return name.isEmpty() ? null : name.substring(0, Math.min(PERFORMER_LENGTH, name.length()));
    }

    /** RXA-5.1, a CVX code: stored as recorded even when the registry's vaccine list does not have it yet. */
    private Optional<String> cvx(RXA rxa, int sequence, List<FeedProblem> problems) {
        String code = PatientUpdate.text(rxa.getAdministeredCode().getIdentifier().getValue());
        if (code.isEmpty()) {
            problems.add(FeedProblem.error("RXA", sequence, 5, ErrorCode.REQUIRED_FIELD_MISSING,
                    "RXA-5 (the vaccine's CVX code) is required."));
            return Optional.empty();
        }
        if (!Cvx.CODE.matcher(code).matches()) {
            problems.add(FeedProblem.error("RXA", sequence, 5, ErrorCode.TABLE_VALUE_NOT_FOUND,
                    "RXA-5 CVX " + code + " is not a CVX code.").atComponent(1));
            return Optional.empty();
        }
        if (!vaccines.has(code)) {
            problems.add(FeedProblem.warning("RXA", sequence, 5, ErrorCode.TABLE_VALUE_NOT_FOUND,
                    "RXA-5 CVX " + code + " is not in the registry's vaccine list; the dose was stored as recorded.")
                    .atComponent(1));
        }
        return Optional.of(code);
    }

    /**
     * RXA-20 (HL7 table 0322): CP (or empty, the field being RE) is completed; RE refused, NA not administered and PA
     * partially administered are kept as not done, which no card shows.
     */
    private static Optional<Immunization.Status> status(RXA rxa, int sequence, List<FeedProblem> problems) {
        return switch (PatientUpdate.text(rxa.getCompletionStatus().getValue())) {
            case "", "CP" -> Optional.of(Immunization.Status.COMPLETED);
            case "RE", "NA", "PA" -> Optional.of(Immunization.Status.NOT_DONE);
            default -> {
                problems.add(FeedProblem.error("RXA", sequence, 20, ErrorCode.TABLE_VALUE_NOT_FOUND,
                        "RXA-20 must be CP, RE, NA or PA."));
                yield Optional.empty();
            }
        };
    }

    private static String limited(String value, int length, String segment, int sequence, int field,
            List<FeedProblem> problems) {
        String text = PatientUpdate.text(value);
        if (text.length() > length) {
            problems.add(FeedProblem.warning(segment, sequence, field, ErrorCode.DATA_TYPE_ERROR,
                    segment + "-" + field + " is longer than " + length + " characters; it was not stored."));
            return null;
        }
        return text.isEmpty() ? null : text;
    }
}
