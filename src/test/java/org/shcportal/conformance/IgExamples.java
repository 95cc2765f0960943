package org.shcportal.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.hl7.fhir.utilities.npm.NpmPackage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The example bundles of the SMART Health Cards Vaccination and Testing IG ({@code package/example/}), each with the
 * profile the IG gives it: the reference our cards' bundles are compared with.
 */
public final class IgExamples {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String IMPLEMENTATION_GUIDE = "ImplementationGuide-hl7.fhir.uv.shc-vaccination.json";

    /** One example bundle; {@code json} is the file as published, {@code Bundle.id} included. */
    public record IgExample(String id, String profileUrl, String json) {

        public boolean isDataMinimized() {
            return profileUrl.endsWith("-dm");
        }

        /** The IG's examples carry a {@code Bundle.id} their own DM profiles forbid, a known defect of the IG. */
        public String withoutBundleId() {
            ObjectNode bundle = (ObjectNode) readTree(json);
            bundle.remove("id");
            return bundle.toString();
        }
    }

    private IgExamples() {
    }

    /** Every example bundle, in the order the IG lists them. */
    public static List<IgExample> bundles() {
        NpmPackage ig = IgPackages.read(IgPackages.VACCINATION);
        List<IgExample> examples = new ArrayList<>();
        for (JsonNode resource : readTree(file(ig, "package", IMPLEMENTATION_GUIDE)).path("definition")
                .path("resource")) {
            String reference = resource.path("reference").path("reference").asText();
            if (reference.startsWith("Bundle/")) {
                String id = reference.substring("Bundle/".length());
                String json = file(ig, "example", "Bundle-" + id + ".json");
                examples.add(new IgExample(id, resource.path("exampleCanonical").asText(), json));
            }
        }
        return examples;
    }

    /** The example bundles the IG gives a data-minimization profile: those our cards must look like. */
    public static List<IgExample> dataMinimizedBundles() {
        return bundles().stream().filter(IgExample::isDataMinimized).toList();
    }

    /** One example bundle by id, e.g. {@code example-bundle-immunization-covid}. */
    public static IgExample bundle(String id) {
        return bundles().stream().filter(example -> example.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No example bundle " + id + " in the IG"));
    }

    private static String file(NpmPackage ig, String folder, String name) {
        try (InputStream in = ig.load(folder, name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + folder + "/" + name + " of the IG package", e);
        }
    }

    private static JsonNode readTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
