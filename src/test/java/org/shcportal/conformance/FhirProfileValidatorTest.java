package org.shcportal.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.shcportal.conformance.IgExamples.IgExample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The validator passes the IG's own examples and reports an error for each way a card can break the profiles. */
class FhirProfileValidatorTest {

    private static final String VACCINATION = "example-bundle-immunization-covid";
    private static final String LAB = "example-bundle-lab-test-results-covid";

    @Test
    void theIgDataMinimizedExamplesPassTheirProfilesOnceTheirBundleIdIsGone() {
        List<IgExample> examples = IgExamples.dataMinimizedBundles();
        assertThat(examples).extracting(IgExample::id).containsExactlyInAnyOrder(VACCINATION,
                "example-bundle-immunization-mpox", LAB, "example-bundle-lab-test-results-covid-3");
        for (IgExample example : examples) {
            assertThat(FhirProfileValidator.errorsAndWarnings(example.withoutBundleId(), example.profileUrl()))
                    .as(example.id()).isEmpty();
            assertThat(FhirProfileValidator.errorsAndWarnings(example.withoutBundleId())).as(example.id()).isEmpty();
        }
    }

    @Test
    void theIgExamplesBundleIdIsItselfAnError() {
        IgExample example = IgExamples.bundle(VACCINATION);
        assertThat(FhirProfileValidator.errorsAndWarnings(example.json(), example.profileUrl()))
                .anySatisfy(message -> assertThat(message).startsWith("ERROR").contains("Bundle.id: max allowed = 0"));
    }

    @Test
    void covidTestResultsAreAlsoCheckedAgainstTheCovidLabProfile() {
        String preliminary = broken(LAB, bundle -> resource(bundle, 1).put("status", "preliminary"));
        assertThat(FhirProfileValidator.errorsAndWarnings(preliminary))
                .anySatisfy(message -> assertThat(message).startsWith(CardProfiles.LAB_BUNDLE + ": ERROR"))
                .anySatisfy(message -> assertThat(message).startsWith(CardProfiles.COVID_LAB_BUNDLE + ": ERROR"));
    }

    @Test
    void anImmunizationStatusOtherThanCompletedIsAnError() {
        assertError(broken(VACCINATION, bundle -> resource(bundle, 1).put("status", "not-done")),
                "fixed to 'completed'");
    }

    @Test
    void aPatientAddressIsAnError() {
        assertError(broken(VACCINATION,
                bundle -> resource(bundle, 0).putArray("address").addObject().put("city", "Santa Fe")),
                "Patient.address: max allowed = 0");
    }

    @Test
    void aMissingOccurrenceDateTimeIsAnError() {
        assertError(broken(VACCINATION, bundle -> resource(bundle, 1).remove("occurrenceDateTime")),
                "Immunization.occurrence[x]: minimum required = 1");
    }

    @Test
    void anUnknownCvxCodeIsAnError() {
        assertError(broken(VACCINATION, bundle -> coding(resource(bundle, 1), "vaccineCode").put("code", "999999")),
                "cvx#999999");
    }

    @Test
    void aCodingDisplayIsAnError() {
        assertError(broken(VACCINATION,
                bundle -> coding(resource(bundle, 1), "vaccineCode").put("display", "COVID-19, mRNA")),
                "display: max allowed = 0");
    }

    @Test
    void aUrnUuidFullUrlIsAnError() {
        String patient = "urn:uuid:6f6a4c8e-4a8e-4e53-9b0c-2f1c6c0f6c11";
        assertError(broken(VACCINATION, bundle -> {
            ((ObjectNode) bundle.path("entry").path(0)).put("fullUrl", patient);
            for (JsonNode entry : bundle.path("entry")) {
                if (entry.path("resource").has("patient")) {
                    ((ObjectNode) entry.path("resource").path("patient")).put("reference", patient);
                }
            }
        }), "IDs SHALL use resource:# format");
    }

    @Test
    void anUnknownIdentityAssuranceLevelIsAnError() {
        assertError(broken(VACCINATION,
                bundle -> ((ObjectNode) resource(bundle, 1).path("meta").path("security").path(0)).put("code",
                        "IAL9")),
                "ial#IAL9");
    }

    @Test
    void anUnknownExtensionIsAnError() {
        assertError(broken(VACCINATION, bundle -> resource(bundle, 1).putArray("extension").addObject()
                .put("url", "https://example.org/fhir/StructureDefinition/dose-note").put("valueString", "left arm")),
                "dose-note could not be found");
    }

    @Test
    void aPreliminaryLabResultIsAnError() {
        assertError(broken(LAB, bundle -> resource(bundle, 1).put("status", "preliminary")),
                "('preliminary') was not found");
    }

    @Test
    void aNonCovidLoincPassesTheLabProfileButNotTheCovidOne() {
        // LOINC 22314-9: hepatitis A virus IgM antibody.
        String hepatitis = broken(LAB, bundle -> coding(resource(bundle, 1), "code").put("code", "22314-9"));
        assertThat(FhirProfileValidator.errorsAndWarnings(hepatitis)).isEmpty();
        assertThat(FhirProfileValidator.errorsAndWarnings(hepatitis, CardProfiles.COVID_LAB_BUNDLE))
                .anySatisfy(message -> assertThat(message).startsWith("ERROR").contains("loinc.org#22314-9")
                        .contains("lab-qualitative-test-covid"));
    }

    @Test
    void aPatientIdentifierPassesTheBundleProfileButNotTheUsPatientProfile() {
        String identified = broken(VACCINATION, bundle -> resource(bundle, 0).putArray("identifier").addObject()
                .put("system", "https://example.org/mrn").put("value", "12345"));
        assertThat(FhirProfileValidator.errorsAndWarnings(identified, CardProfiles.VACCINATION_BUNDLE)).isEmpty();
        assertError(identified, "Patient.identifier: max allowed = 0");
    }

    private static void assertError(String bundleJson, String about) {
        assertThat(FhirProfileValidator.errorsAndWarnings(bundleJson))
                .anySatisfy(message -> assertThat(message).contains(": ERROR ").contains(about));
    }

    private static String valid(String exampleId) {
        return IgExamples.bundle(exampleId).withoutBundleId();
    }

    private static String broken(String exampleId, Consumer<ObjectNode> change) {
        ObjectNode bundle = (ObjectNode) CardBundle.parse(valid(exampleId)).json();
        change.accept(bundle);
        return bundle.toString();
    }

    private static ObjectNode resource(JsonNode bundle, int entry) {
        return (ObjectNode) bundle.path("entry").path(entry).path("resource");
    }

    private static ObjectNode coding(ObjectNode resource, String element) {
        return (ObjectNode) ((ArrayNode) resource.path(element).path("coding")).get(0);
    }
}
