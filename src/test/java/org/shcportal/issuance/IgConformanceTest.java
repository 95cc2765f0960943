package org.shcportal.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.shcportal.cards.CardIssuer;
import org.shcportal.cards.CardVerifier;
import org.shcportal.cards.GroupCard;
import org.shcportal.conformance.FhirProfileValidator;
import org.shcportal.conformance.IgExamples;
import org.shcportal.registry.Person;
import org.shcportal.registry.PersonRecords;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The engine against the Vaccination &amp; Testing IG, through the database: the IG's three scenarios come out of
 * our cards for the demo persons NM-000001..3, and every bundle we issue passes its DM profiles with HAPI FHIR's
 * validator, offline.
 */
@QuarkusTest
class IgConformanceTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Inject
    PersonRecords records;

    @Inject
    CardIssuer issuer;

    @Inject
    CardVerifier verifier;

    @Test
    void johnAnypersonsCardHoldsTheIgsCovidExample() throws Exception {
        assertThat(bundleOf("NM-000001", 0)).isEqualTo(igBundle("example-bundle-immunization-covid"));
    }

    @Test
    void janeAnypersonsCardHoldsTheIgsMpoxExample() throws Exception {
        assertThat(bundleOf("NM-000002", 0)).isEqualTo(igBundle("example-bundle-immunization-mpox"));
    }

    @Test
    void jamesAnypersonsCardHoldsTheIgsCovidLabExample() throws Exception {
        assertThat(bundleOf("NM-000003", 0)).isEqualTo(igBundle("example-bundle-lab-test-results-covid"));
    }

    @Test
    void everyBundleOfTheDemoPersonsPassesItsProfiles() {
        List<String> registryIds = QuarkusTransaction.requiringNew().call(() -> Person.<Person> find("order by id")
                .page(0, 120).list().stream().map(person -> person.registryId).toList());
        int bundles = 0;
        for (String registryId : registryIds) {
            List<GroupCard> cards = records.of(registryId).filter(r -> !r.doses().isEmpty() || !r.labs().isEmpty())
                    .map(issuer::issue).orElse(List.of());
            for (GroupCard card : cards) {
                String bundle = bundleJson(card.qr().jws());
                assertThat(FhirProfileValidator.errorsAndWarnings(bundle)).as("%s %s", registryId, card.group())
                        .isEmpty();
                bundles++;
            }
        }
        assertThat(bundles).isGreaterThan(100);
    }

    private JsonNode bundleOf(String registryId, int card) throws Exception {
        GroupCard issued = issuer.issue(records.of(registryId).orElseThrow()).get(card);
        return MAPPER.readTree(bundleJson(issued.qr().jws()));
    }

    private String bundleJson(String jws) {
        CardVerifier.Verification verification = verifier.verify(jws, Instant.now());
        assertThat(verification.valid()).as(verification.reason()).isTrue();
        return verification.claims().path("vc").path("credentialSubject").path("fhirBundle").toString();
    }

    private static JsonNode igBundle(String id) throws Exception {
        return MAPPER.readTree(IgExamples.bundle(id).withoutBundleId());
    }
}
