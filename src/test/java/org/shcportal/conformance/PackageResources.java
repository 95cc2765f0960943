package org.shcportal.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.utilities.npm.NpmPackage;

import ca.uhn.fhir.context.FhirContext;

/** The conformance resources of a FHIR package: what a validator needs from it, without its examples. */
final class PackageResources {

    private static final String[] TYPES = { "StructureDefinition", "ValueSet", "CodeSystem" };

    private PackageResources() {
    }

    static List<IBaseResource> load(FhirContext context, NpmPackage npmPackage) {
        try {
            List<IBaseResource> resources = new ArrayList<>();
            for (String file : npmPackage.listResources(TYPES)) {
                resources.add(parse(context, npmPackage, file));
            }
            return resources;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the resources of " + npmPackage.name(), e);
        }
    }

    private static IBaseResource parse(FhirContext context, NpmPackage npmPackage, String file) throws IOException {
        try (InputStream in = npmPackage.loadResource(file)) {
            return context.newJsonParser().parseResource(in);
        }
    }
}
