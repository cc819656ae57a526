package io.aifashion.catalog.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN.md §2 for this service: a framework-free domain, dependencies pointing inward. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("io.aifashion.catalog");

    @Test
    void domainUsesNoFrameworks() {
        noClasses().that().resideInAPackage("io.aifashion.catalog.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
                        "javax.sql..", "java.sql..", "org.apache.kafka..", "tools.jackson..", "com.fasterxml..",
                        "io.aifashion.kit..", "io.aifashion.catalog.application..",
                        "io.aifashion.catalog.infrastructure..", "io.aifashion.catalog.web..")
                .check(CLASSES);
    }

    @Test
    void applicationDoesNotKnowTheWebOrTheAdapters() {
        noClasses().that().resideInAPackage("io.aifashion.catalog.application..")
                .should().dependOnClassesThat().resideInAnyPackage("io.aifashion.catalog.web..",
                        "io.aifashion.catalog.infrastructure..", "java.sql..", "org.springframework.jdbc.core..")
                .check(CLASSES);
    }

    @Test
    void noVagueClassNames() {
        noClasses().should().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util").orShould().haveSimpleNameEndingWith("Utils")
                .check(CLASSES);
    }
}
