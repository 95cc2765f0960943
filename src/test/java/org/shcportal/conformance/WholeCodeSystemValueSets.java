package org.shcportal.conformance;

import java.util.Map;

import org.hl7.fhir.common.hapi.validation.support.BaseValidationSupport;
import org.hl7.fhir.instance.model.api.IBaseResource;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.ConceptValidationOptions;
import ca.uhn.fhir.context.support.ValidationSupportContext;

/**
 * Accepts any code of the right system for the three value sets that need all of LOINC or SNOMED CT, which are not
 * available offline; every other value set is left to the rest of the chain ({@code FhirProfileValidator}).
 */
final class WholeCodeSystemValueSets extends BaseValidationSupport {

    private static final String LOINC = "http://loinc.org";
    private static final String SNOMED = "http://snomed.info/sct";
    private static final Map<String, String> SYSTEM_BY_VALUE_SET = Map.of(
            "http://hl7.org/fhir/ValueSet/observation-codes", LOINC,
            "http://hl7.org/fhir/uv/shc-vaccination/ValueSet/lab-result-findings", SNOMED,
            "https://terminology.smarthealth.cards/ValueSet/immunization-all-snomed", SNOMED);

    WholeCodeSystemValueSets(FhirContext context) {
        super(context);
    }

    @Override
    public String getName() {
        return "whole LOINC and SNOMED CT value sets";
    }

    @Override
    public boolean isValueSetSupported(ValidationSupportContext context, String valueSetUrl) {
        return SYSTEM_BY_VALUE_SET.containsKey(valueSetUrl);
    }

    @Override
    public CodeValidationResult validateCode(ValidationSupportContext context, ConceptValidationOptions options,
            String system, String code, String display, String valueSetUrl) {
        return accept(valueSetUrl, system, code);
    }

    @Override
    public CodeValidationResult validateCodeInValueSet(ValidationSupportContext context,
            ConceptValidationOptions options, String system, String code, String display, IBaseResource valueSet) {
        String url = myCtx.newTerser().getSinglePrimitiveValueOrNull(valueSet, "url");
        return accept(url, system, code);
    }

    /** A valid result, or null to let the next support in the chain answer. */
    private static CodeValidationResult accept(String valueSetUrl, String system, String code) {
        if (valueSetUrl == null || code == null || !system(valueSetUrl).equals(system)) {
            return null;
        }
        return new CodeValidationResult().setCode(code);
    }

    private static String system(String valueSetUrl) {
        return SYSTEM_BY_VALUE_SET.getOrDefault(valueSetUrl.split("\\|")[0], "");
    }
}
