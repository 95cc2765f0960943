package org.shcportal.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hl7.fhir.utilities.npm.NpmPackage;
import org.shcportal.fixtures.ShcExamples;

/**
 * The two FHIR packages the cards are validated against, read offline from the test resources
 * {@code fhir-packages/}.
 */
final class IgPackages {

    static final String VACCINATION = "hl7.fhir.uv.shc-vaccination-1.0.0.tgz";
    /** Loaded in place of the IG's declared dependency {@code cards.smarthealth.terminology: current}. */
    static final String TERMINOLOGY = "cards.smarthealth.terminology-0.1.0.tgz";

    private IgPackages() {
    }

    static NpmPackage read(String fileName) {
        try (InputStream in = Files.newInputStream(directory().resolve(fileName))) {
            return NpmPackage.fromPackage(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read FHIR package " + fileName, e);
        }
    }

    private static Path directory() {
        return ShcExamples.resourceFolder("fhir-packages");
    }
}
