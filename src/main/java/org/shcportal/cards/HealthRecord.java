package org.shcportal.cards;

import java.util.List;

/** Everything the registry holds that can go into a person's cards. */
public record HealthRecord(CardSubject subject, List<VaccineDose> doses, List<LabObservation> labs) {

    public HealthRecord {
        doses = List.copyOf(doses);
        labs = List.copyOf(labs);
    }
}
