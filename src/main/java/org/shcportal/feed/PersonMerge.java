package org.shcportal.feed;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.shcportal.audit.Actor;
import org.shcportal.audit.AuditAction;
import org.shcportal.audit.AuditLog;
import org.shcportal.feed.FeedProblem.ErrorCode;
import org.shcportal.issuance.IssuedCard;
import org.shcportal.registry.Person;
import org.shcportal.registry.PersonName;
import org.shcportal.revocation.CardReplacement;
import org.shcportal.signin.ResidentSessions;

import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.v251.group.ADT_A39_PATIENT;
import ca.uhn.hl7v2.model.v251.message.ADT_A39;

/**
 * An ADT^A40, merge patient (HL7 v2.5.1 section 3.3.40, structure ADT_A39): the person of MRG-1 (the retired record,
 * a duplicate) becomes part of the person of PID-3 (the survivor), both named by the registry's own id. Doses, lab
 * results, names, contacts, guardian links, issued cards and correction requests move to the survivor; the retired
 * person's legal name becomes a previous name of the survivor; the retired person's cards are revoked and sessions
 * ended; the retired record stays, pointing at the survivor, so that its id keeps naming the survivor (CDC Immunization
 * IG Release 1.5, section 1 leaves merges to the registry; the project's merge rule is in docs/architecture.md).
 */
@ApplicationScoped
class PersonMerge implements RecordChange {

    @Inject
    FeedConfig config;

    @Inject
    EntityManager entityManager;

    @Inject
    CardReplacement cards;

    @Inject
    ResidentSessions sessions;

    @Inject
    AuditLog audit;

    @Override
    public List<ChangedPerson> apply(Message message, String sender, List<FeedProblem> problems) {
        ADT_A39_PATIENT patient = ((ADT_A39) message).getPATIENT();
        Optional<Person> survivor = person(PatientUpdate.registryId(patient.getPID().getPatientIdentifierList(),
                config.assigningAuthority()), "PID", 3, problems);
        Optional<Person> retired = person(PatientUpdate.registryId(patient.getMRG().getPriorPatientIdentifierList(),
                config.assigningAuthority()), "MRG", 1, problems);
        if (survivor.isEmpty() || retired.isEmpty()) {
            return List.of();
        }
        if (survivor.get().id.equals(retired.get().id)) {
            problems.add(FeedProblem.error("MRG", 1, 1, ErrorCode.DUPLICATE_KEY_IDENTIFIER,
                    "MRG-1 and PID-3 name the same person (or a record already merged into it); nothing was merged."));
            return List.of();
        }
        merge(survivor.get(), retired.get());
        return List.of(ChangedPerson.known(survivor.get()), ChangedPerson.known(retired.get()));
    }

    /** The person an id (assigned by the registry) stands for; an error when there is no id or no such person. */
    private Optional<Person> person(Optional<String> registryId, String segment, int field,
            List<FeedProblem> problems) {
        if (registryId.isEmpty()) {
            problems.add(FeedProblem.error(segment, 1, field, ErrorCode.REQUIRED_FIELD_MISSING, segment + "-" + field
                    + " holds no id assigned by " + config.assigningAuthority() + "."));
            return Optional.empty();
        }
        Optional<Person> person = Person.findCurrentByRegistryId(registryId.get());
        if (person.isEmpty()) {
            problems.add(FeedProblem.error(segment, 1, field, ErrorCode.UNKNOWN_KEY_IDENTIFIER, segment + "-" + field
                    + " names a person the registry does not have; nothing was merged."));
        }
        return person;
    }

    private void merge(Person survivor, Person retired) {
        if (IssuedCard.count("personId", retired.id) > 0) {
            cards.revokeUntilNow(retired);
        }
        keepLegalName(survivor, retired);
        entityManager.flush();
        move(survivor, retired);
        retired.mergedInto = survivor.id;
        sessions.endAllOf(retired.id);
        audit.record(AuditAction.RECORD_MERGED_INTO, Actor.system(), survivor.id, null);
        audit.record(AuditAction.RECORD_MERGED_AWAY, Actor.system(), retired.id, null);
    }

    /** The retired person's legal name becomes a previous name of the survivor, unless it is the same or known. */
    private static void keepLegalName(Person survivor, Person retired) {
        boolean same = retired.familyName.equals(survivor.familyName) && retired.givenName.equals(survivor.givenName)
                && Objects.equals(retired.middleName, survivor.middleName);
        boolean known = PersonName.listOtherNamesOf(survivor).stream()
                .anyMatch(name -> name.kind == PersonName.Kind.PREVIOUS && retired.familyName.equals(name.familyName)
                        && retired.givenName.equals(name.givenName)
                        && Objects.equals(retired.middleName, name.middleName));
        if (!same && !known) {
            PersonName name = new PersonName();
            name.person = survivor;
            name.kind = PersonName.Kind.PREVIOUS;
            name.familyName = retired.familyName;
            name.givenName = retired.givenName;
            name.middleName = retired.middleName;
            name.persist();
        }
    }

    /** Everything recorded for the retired person, moved to the survivor in SQL; duplicates are dropped, not moved. */
    private void move(Person survivor, Person retired) {
        for (String sql : List.of(
                "UPDATE immunization SET person_id = :s WHERE person_id = :r",
                "UPDATE lab_result SET person_id = :s WHERE person_id = :r",
                "UPDATE issued_card SET person_id = :s WHERE person_id = :r",
                "UPDATE correction_request SET person_id = :s WHERE person_id = :r",
                "UPDATE correction_request SET requested_by_person_id = :s WHERE requested_by_person_id = :r",
                // Other names: those the survivor has already are dropped.
                "DELETE FROM person_name r USING person_name s WHERE r.person_id = :r AND s.person_id = :s"
                        + " AND r.kind = s.kind AND r.family_name = s.family_name AND r.given_name = s.given_name"
                        + " AND r.middle_name IS NOT DISTINCT FROM s.middle_name",
                "UPDATE person_name SET person_id = :s WHERE person_id = :r",
                // Contacts: one the survivor has already is kept once, current when either was current.
                "UPDATE contact s SET removed_on = NULL FROM contact r WHERE s.person_id = :s AND r.person_id = :r"
                        + " AND r.kind = s.kind AND r.value = s.value AND r.removed_on IS NULL",
                "DELETE FROM contact r USING contact s WHERE r.person_id = :r AND s.person_id = :s"
                        + " AND r.kind = s.kind AND r.value = s.value",
                "UPDATE contact SET person_id = :s WHERE person_id = :r",
                // Addresses: the survivor's current address stays current; the retired person's come only to a
                // survivor without one.
                "UPDATE address SET person_id = :s WHERE person_id = :r"
                        + " AND NOT EXISTS (SELECT 1 FROM address WHERE person_id = :s)",
                // Guardian links, both directions: no link of a person to itself, none twice.
                "DELETE FROM guardian_link WHERE guardian_id = :r AND (minor_id = :s"
                        + " OR minor_id IN (SELECT minor_id FROM guardian_link WHERE guardian_id = :s))",
                "UPDATE guardian_link SET guardian_id = :s WHERE guardian_id = :r",
                "DELETE FROM guardian_link WHERE minor_id = :r AND (guardian_id = :s"
                        + " OR guardian_id IN (SELECT guardian_id FROM guardian_link WHERE minor_id = :s))",
                "UPDATE guardian_link SET minor_id = :s WHERE minor_id = :r")) {
            entityManager.createNativeQuery(sql).setParameter("s", survivor.id).setParameter("r", retired.id)
                    .executeUpdate();
        }
    }
}
