package org.shcportal.feed;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shcportal.feed.FeedProblem.ErrorCode;
import org.shcportal.guardians.GuardianConfig;
import org.shcportal.registry.GuardianLink;
import org.shcportal.registry.Person;
import org.shcportal.web.RegistryCalendar;

import ca.uhn.hl7v2.model.v251.segment.NK1;

/**
 * Parents and guardians from NK1 segments (CDC Immunization IG Release 1.5, NK1): a relationship (NK1-3, HL7 table
 * 0063) of mother, father, parent or guardian and the guardian's registry id (NK1-33) link the guardian to a minor.
 * An NK1 is optional in the message, so its problems are warnings: the rest of the message is stored.
 */
@ApplicationScoped
class GuardianUpdate {

    @Inject
    FeedConfig config;

    @Inject
    GuardianConfig guardians;

    @Inject
    RegistryCalendar calendar;

    /** Links the minor to each guardian the NK1 segments name; whether any link was added. */
    boolean apply(Person minor, List<NK1> segments, List<FeedProblem> problems) {
        boolean linked = false;
        for (int i = 0; i < segments.size(); i++) {
            linked |= link(minor, segments.get(i), i + 1, problems);
        }
        return linked;
    }

    private boolean link(Person minor, NK1 nk1, int sequence, List<FeedProblem> problems) {
        String code = PatientUpdate.text(nk1.getRelationship().getIdentifier().getValue());
        if (code.isEmpty()) {
            problems.add(FeedProblem.warning("NK1", sequence, 3, ErrorCode.REQUIRED_FIELD_MISSING,
                    "NK1-3 (relationship) is required; this next of kin was ignored."));
            return false;
        }
        Optional<GuardianLink.Relationship> relationship = relationship(code);
        if (relationship.isEmpty() || !isMinor(minor)) {
            return false;
        }
        Optional<String> registryId = PatientUpdate.registryId(nk1.getNextOfKinAssociatedPartySIdentifiers(),
                config.assigningAuthority());
        if (registryId.isEmpty()) {
            return false;
        }
        Optional<Person> guardian = Person.findCurrentByRegistryId(registryId.get());
        if (guardian.isEmpty()) {
            problems.add(FeedProblem.warning("NK1", sequence, 33, ErrorCode.UNKNOWN_KEY_IDENTIFIER,
                    "NK1-33 names a guardian the registry does not know; no guardian was linked."));
            return false;
        }
        if (guardian.get().id.equals(minor.id) || GuardianLink.listGuardiansOf(minor).stream()
                .anyMatch(link -> link.guardian.id.equals(guardian.get().id))) {
            return false;
        }
        GuardianLink link = new GuardianLink();
        link.guardian = guardian.get();
        link.minor = minor;
        link.relationship = relationship.get();
        link.source = GuardianLink.Source.REGISTRY_FEED;
        link.persist();
        return true;
    }

    /** HL7 table 0063: MTH mother, FTH father; PAR (parent) and GRD (guardian) have legal custody of a minor. */
    private static Optional<GuardianLink.Relationship> relationship(String code) {
        return switch (code) {
            case "MTH" -> Optional.of(GuardianLink.Relationship.MOTHER);
            case "FTH" -> Optional.of(GuardianLink.Relationship.FATHER);
            case "PAR", "GRD" -> Optional.of(GuardianLink.Relationship.LEGAL_GUARDIAN);
            default -> Optional.empty();
        };
    }

    private boolean isMinor(Person person) {
        return person.birthDate.isAfter(calendar.today().minusYears(guardians.ageOfMajority()));
    }
}
