package io.aifashion.identity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The four packages and the direction of their dependencies (docs/architecture.md). */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.aifashion.identity");

    @Test
    void theDomainKnowsNoFrameworks() {
        noClasses().that().resideInAPackage("..identity.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "java.sql..",
                        "javax.sql..", "org.apache.kafka..", "tools.jackson..", "com.nimbusds..", "io.aifashion.kit..",
                        "..identity.application..", "..identity.infrastructure..", "..identity.web..")
                .check(CLASSES);
    }

    @Test
    void useCasesDependOnPortsNotAdapters() {
        noClasses().that().resideInAPackage("..identity.application..")
                .should().dependOnClassesThat().resideInAnyPackage("..identity.infrastructure..", "..identity.web..",
                        "java.sql..", "org.springframework.jdbc..", "com.nimbusds..")
                .check(CLASSES);
    }

    @Test
    void theWebLayerDoesNotReachIntoAdapters() {
        noClasses().that().resideInAPackage("..identity.web..")
                .should().dependOnClassesThat().resideInAnyPackage("..identity.infrastructure..", "java.sql..",
                        "org.springframework.jdbc..")
                .check(CLASSES);
    }
}
