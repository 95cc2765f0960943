package org.shcportal.cards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Everything the registry holds that can go into a person's cards. */
public record HealthRecord(CardSubject subject, List<VaccineDose> doses, List<LabObservation> labs) {

    public HealthRecord {
        doses = List.copyOf(doses);
        labs = List.copyOf(labs);
    }

    /** The doses by the card they go on, in {@link CardGroup} order, each card's doses in date order. */
    public Map<CardGroup, List<VaccineDose>> dosesByCard() {
        return byCard(doses, dose -> CardGroup.ofVaccine(dose.cvx()), Comparator.comparing(VaccineDose::date));
    }

    /** The lab results by the card they go on, in {@link CardGroup} order, each card's results in date order. */
    public Map<CardGroup, List<LabObservation>> labsByCard() {
        return byCard(labs, lab -> CardGroup.ofTest(lab.loinc()), Comparator.comparing(LabObservation::effectiveDate));
    }

    private static <T> Map<CardGroup, List<T>> byCard(List<T> items, Function<T, CardGroup> groupOf,
            Comparator<T> order) {
        Map<CardGroup, List<T>> groups = new EnumMap<>(CardGroup.class);
        items.stream().sorted(order).forEach(item -> groups.computeIfAbsent(groupOf.apply(item),
                group -> new ArrayList<>()).add(item));
        return groups;
    }
}
