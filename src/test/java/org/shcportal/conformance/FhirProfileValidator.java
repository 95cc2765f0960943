package org.shcportal.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.r5.utils.validation.constants.BestPracticeWarningLevel;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationOptions;

/**
 * Validates card bundles against the SMART Health Cards Vaccination and Testing IG with the HAPI FHIR validator,
 * offline (the IG's packages from src/test/resources/fhir-packages), built once per test JVM.
 */
public final class FhirProfileValidator {

    private static final Set<ResultSeverityEnum> REPORTED = Set.of(ResultSeverityEnum.FATAL, ResultSeverityEnum.ERROR,
            ResultSeverityEnum.WARNING);
    private static final String COVID_LAB_TESTS = "https://terminology.smarthealth.cards/ValueSet/lab-qualitative-test-covid";

    private final FhirValidator validator;
    private final Set<String> covidLabTests;

    private FhirProfileValidator(FhirContext context, IValidationSupport support) {
        this.validator = context.newValidator().registerValidatorModule(instanceValidator(support));
        this.covidLabTests = codes((ValueSet) support.fetchValueSet(COVID_LAB_TESTS));
    }

    /** Every error, fatal error and warning of {@code resourceJson} against the profile, one readable line each. */
    public static List<String> errorsAndWarnings(String resourceJson, String profileUrl) {
        ValidationOptions options = new ValidationOptions().addProfile(profileUrl);
        return Holder.INSTANCE.validator.validateWithResult(resourceJson, options).getMessages().stream()
                .filter(message -> REPORTED.contains(message.getSeverity()))
                .map(FhirProfileValidator::describe)
                .toList();
    }

    /**
     * Every error and warning of a card's bundle against each profile it must pass: the bundle profile for its
     * content, and its Patient alone against the US patient profile.
     */
    public static List<String> errorsAndWarnings(String bundleJson) {
        CardBundle bundle = CardBundle.parse(bundleJson);
        List<String> messages = new ArrayList<>();
        for (String profile : CardProfiles.forBundle(bundle, Holder.INSTANCE.covidLabTests)) {
            errorsAndWarnings(bundleJson, profile).forEach(message -> messages.add(profile + ": " + message));
        }
        errorsAndWarnings(bundle.patientJson(), CardProfiles.US_PATIENT)
                .forEach(message -> messages.add(CardProfiles.US_PATIENT + ": " + message));
        return messages;
    }

    private static String describe(SingleValidationMessage message) {
        return message.getSeverity().name() + " " + message.getLocationString() + ": " + message.getMessage();
    }

    private static FhirInstanceValidator instanceValidator(IValidationSupport support) {
        FhirInstanceValidator instanceValidator = new FhirInstanceValidator(support);
        // Else a dom-6 "should have narrative" warning on every resource, and cards may carry no narrative.
        instanceValidator.setBestPracticeWarningLevel(BestPracticeWarningLevel.Ignore);
        instanceValidator.setAnyExtensionsAllowed(false);
        instanceValidator.setErrorForUnknownProfiles(true);
        return instanceValidator;
    }

    private static Set<String> codes(ValueSet valueSet) {
        return valueSet.getCompose().getInclude().stream()
                .flatMap(include -> include.getConcept().stream())
                .map(ValueSet.ConceptReferenceComponent::getCode)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The support chain, in this order: it reports every real violation, offline, and nothing on valid bundles. */
    private static FhirProfileValidator build() {
        FhirContext context = FhirContext.forR4();
        UnknownCodeSystemWarningValidationSupport unknownCodeSystems = new UnknownCodeSystemWarningValidationSupport(
                context);
        unknownCodeSystems.setNonExistentCodeSystemSeverity(IValidationSupport.IssueSeverity.INFORMATION);
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(context),
                igPackages(context),
                new SnapshotGeneratingValidationSupport(context),
                new WholeCodeSystemValueSets(context),
                new InMemoryTerminologyServerValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context),
                unknownCodeSystems);
        return new FhirProfileValidator(context, chain);
    }

    private static PrePopulatedValidationSupport igPackages(FhirContext context) {
        PrePopulatedValidationSupport support = new PrePopulatedValidationSupport(context);
        PackageResources.load(context, IgPackages.read(IgPackages.VACCINATION)).forEach(support::addResource);
        PackageResources.load(context, IgPackages.read(IgPackages.TERMINOLOGY)).forEach(support::addResource);
        return support;
    }

    /** Built on first use, then shared by every test of the JVM: building it takes seconds. */
    private static final class Holder {
        static final FhirProfileValidator INSTANCE = build();
    }
}
