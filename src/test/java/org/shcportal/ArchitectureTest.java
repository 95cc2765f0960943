package org.shcportal;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The layering rule of docs/architecture.md, checked on the compiled portal (tests excluded). */
class ArchitectureTest {

    /** The card pipeline: plain Java, below everything else. */
    static final String[] PIPELINE = { "org.shcportal.cards..", "org.shcportal.qr..", "org.shcportal.keys..",
            "org.shcportal.pdf.." };

    /** Entities and shared plumbing that every feature may use; they know no feature. */
    static final String[] FOUNDATION = { "org.shcportal.registry..", "org.shcportal.audit..",
            "org.shcportal.outbox..", "org.shcportal.crl..", "org.shcportal.sessions..", "org.shcportal.web..",
            "org.shcportal.database.." };

    /** What the pipeline must not know: the web, persistence and dependency-injection frameworks. */
    static final String[] FRAMEWORKS = { "jakarta..", "javax.persistence..", "io.quarkus..", "io.smallrye..",
            "io.vertx..", "org.hibernate..", "org.jboss.resteasy.." };

    static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.shcportal");

    @Test
    void packagesDoNotDependOnEachOtherInALoop() {
        slices().matching("org.shcportal.(*)..").should().beFreeOfCycles().check(PORTAL);
    }

    @Test
    void thePipelineIsPlainJava() {
        noClasses().that().resideInAnyPackage(PIPELINE).should().dependOnClassesThat()
                .resideInAnyPackage(FRAMEWORKS).check(PORTAL);
    }

    @Test
    void thePipelineUsesOnlyItself() {
        noClasses().that().resideInAnyPackage(PIPELINE).should().dependOnClassesThat(
                resideInAPackage("org.shcportal..").and(resideOutsideOfPackages(PIPELINE))).check(PORTAL);
    }

    @Test
    void theFoundationUsesNoFeature() {
        String[] below = Stream.concat(Arrays.stream(FOUNDATION), Arrays.stream(PIPELINE)).toArray(String[]::new);
        noClasses().that().resideInAnyPackage(FOUNDATION).should().dependOnClassesThat(
                resideInAPackage("org.shcportal..").and(resideOutsideOfPackages(below))).check(PORTAL);
    }
}
