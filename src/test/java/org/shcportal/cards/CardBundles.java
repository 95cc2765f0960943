package org.shcportal.cards;

import java.util.ArrayList;
import java.util.List;

/** The FHIR bundles the issuance puts in a person's cards, as JSON text, for tests that compare two registries. */
public final class CardBundles {

    private CardBundles() {
    }

    /** The vaccination bundles, one per card group, then the lab bundles. */
    public static List<String> vaccinations(HealthRecord record) {
        List<String> bundles = new ArrayList<>();
        record.dosesByCard().values().forEach(doses -> bundles.add(FhirBundle.vaccination(record.subject(), doses)
                .toString()));
        return bundles;
    }

    /** The lab bundles, one per card group. */
    public static List<String> labs(HealthRecord record) {
        List<String> bundles = new ArrayList<>();
        record.labsByCard().values().forEach(labs -> bundles.add(FhirBundle.laboratory(record.subject(), labs)
                .toString()));
        return bundles;
    }
}
