package io.aifashion.imaging.domain;

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
            .importPackages("io.aifashion.imaging");

    @Test
    void domainUsesNoFrameworksAndNoOpenCv() {
        noClasses().that().resideInAPackage("io.aifashion.imaging.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
                        "javax.sql..", "java.sql..", "org.apache.kafka..", "tools.jackson..", "com.fasterxml..",
                        "org.bytedeco..", "io.aifashion.vision..", "io.aifashion.kit..",
                        "io.aifashion.imaging.application..", "io.aifashion.imaging.infrastructure..",
                        "io.aifashion.imaging.web..")
                .check(CLASSES);
    }

    @Test
    void applicationDoesNotKnowTheWebOrTheAdapters() {
        noClasses().that().resideInAPackage("io.aifashion.imaging.application..")
                .should().dependOnClassesThat().resideInAnyPackage("io.aifashion.imaging.web..",
                        "io.aifashion.imaging.infrastructure..", "java.sql..", "org.springframework.jdbc.core..",
                        "org.bytedeco..", "io.aifashion.vision..")
                .check(CLASSES);
    }

    @Test
    void theWebDoesNotReachIntoAdapters() {
        noClasses().that().resideInAPackage("io.aifashion.imaging.web..")
                .should().dependOnClassesThat().resideInAnyPackage("io.aifashion.imaging.infrastructure..",
                        "org.springframework.jdbc..", "org.bytedeco..", "io.aifashion.vision..")
                .check(CLASSES);
    }

    @Test
    void noVagueClassNames() {
        noClasses().should().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util").orShould().haveSimpleNameEndingWith("Utils")
                .check(CLASSES);
    }
}
