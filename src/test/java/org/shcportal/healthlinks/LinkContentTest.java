package org.shcportal.healthlinks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.shcportal.audit.Actor;
import org.shcportal.cards.CardGroup;
import org.shcportal.fixtures.TestPeople;
import org.shcportal.registry.Person;
import org.shcportal.revocation.CardReplacement;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** What links share: the cards as they are at fetch time with flag L, those made at creation without it. */
@QuarkusTest
class LinkContentTest {

    @Inject
    CardReplacement replacement;

    @Test
    void afterARevocationAndReissueALinkThatStaysCurrentServesTheNewCardsAndAnotherKeepsTheOldOnes()
            throws Exception {
        String resident = TestPeople.adultWithCards();
        CreatedLink current = TestLinks.create(resident, TestLinks.request(LinkContent.ALL_CARDS, Optional.empty(), true));
        CreatedLink fixed = TestLinks.create(resident, TestLinks.request(LinkContent.ALL_CARDS, Optional.empty(), false));
        List<String> before = cards(current);
        assertThat(cards(fixed)).isEqualTo(before);
        assertThat(cards(current)).isEqualTo(before);

        QuarkusTransaction.requiringNew().run(() -> replacement.replace(
                Person.findByRegistryId(resident).orElseThrow(), Actor.staff("supervisor", "SUPERVISOR"), "CARD_REISSUE", null,
                "replaced for a test", null));

        List<String> after = cards(current);
        assertThat(after).isNotEmpty().doesNotContainAnyElementsOf(before);
        assertThat(cards(fixed)).isEqualTo(before);
    }

    @Test
    void oneCardSharesOnlyThatCardAndEverythingAddsTheRecordAsAFhirBundleWithLabResults() throws Exception {
        String resident = TestPeople.adultWithCards();
        long personId = TestPeople.idOf(resident);
        TestLinks.update("""
                INSERT INTO lab_result (person_id, loinc_code, effective_date, result_system, result_code, status,
                source_system) VALUES (?1, '94500-6', DATE '2022-01-10', 'http://snomed.info/sct', '260385009', 'FINAL',
                'test')""", personId);
        CreatedLink everything = TestLinks.create(resident,
                TestLinks.request(LinkContent.EVERYTHING, Optional.empty(), true));
        CreatedLink oneCard = TestLinks.create(resident, TestLinks.oneCard(CardGroup.COVID19_TESTS));

        List<LinkEncryption.Decrypted> files = decrypted(everything);
        assertThat(files).extracting(LinkEncryption.Decrypted::contentType)
                .containsExactly("application/smart-health-card", "application/fhir+json");
        JsonNode bundle = TestLinks.JSON.readTree(files.get(1).text());
        assertThat(bundle.get("resourceType").asText()).isEqualTo("Bundle");
        List<String> types = StreamSupport.stream(bundle.get("entry").spliterator(), false)
                .map(entry -> entry.get("resource").get("resourceType").asText()).toList();
        assertThat(types).startsWith("Patient").contains("Immunization", "Observation");
        assertThat(files.get(1).text()).contains("94500-6", "260385009");
        assertThat(TestLinks.JSON.readTree(files.get(0).text()).get("verifiableCredential").size())
                .isGreaterThanOrEqualTo(2);

        List<LinkEncryption.Decrypted> single = decrypted(oneCard);
        assertThat(single).hasSize(1);
        assertThat(TestLinks.JSON.readTree(single.get(0).text()).get("verifiableCredential")).hasSize(1);
    }

    private static List<String> cards(CreatedLink link) throws Exception {
        JsonNode file = TestLinks.JSON.readTree(decrypted(link).get(0).text());
        return StreamSupport.stream(file.get("verifiableCredential").spliterator(), false).map(JsonNode::asText)
                .toList();
    }

    private static List<LinkEncryption.Decrypted> decrypted(CreatedLink link) throws Exception {
        JsonNode files = TestLinks.JSON.readTree(TestLinks.manifest(link.shlink(), Map.of("recipient", "Test"))
                .then().statusCode(200).extract().asString()).get("files");
        List<LinkEncryption.Decrypted> decrypted = new java.util.ArrayList<>();
        for (JsonNode file : files) {
            decrypted.add(LinkEncryption.decrypt(TestLinks.key(link.shlink()), file.get("embedded").asText()));
        }
        return decrypted;
    }
}
