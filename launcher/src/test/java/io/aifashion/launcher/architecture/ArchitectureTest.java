package io.aifashion.launcher.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of DESIGN.md §2, checked over every module on the launcher's class path: domain code
 * is free of frameworks, services never reach into one another, dependencies point inward, and
 * the colour and recommender libraries depend on nothing but the JDK.
 */
class ArchitectureTest {

    /** Root package of each service (and the gateway). */
    static final List<String> SERVICES = List.of(
            "io.aifashion.identity", "io.aifashion.imaging", "io.aifashion.colormatching",
            "io.aifashion.catalog", "io.aifashion.recommendation", "io.aifashion.notification",
            "io.aifashion.gateway");

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.aifashion");
    }

    @Test
    void domainCodeUsesNoFrameworks() {
        noClasses().that().resideInAPackage("io.aifashion.*.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta..", "javax.sql..", "java.sql..", "org.apache.kafka..",
                        "org.springframework.jdbc..", "tools.jackson..", "com.fasterxml..", "io.aifashion.kit..")
                .allowEmptyShould(true)
                .check(classes);
    }

    /**
     * Within each service: domain depends on nothing outer; application not on the service's web
     * layer or adapters. (Application code may throw the kit's {@code ApiProblem}: it is how a use
     * case reports a caller's error, and lives in the shared kit, not in a service's web layer.)
     */
    @Test
    void dependenciesPointInward() {
        for (String service : SERVICES) {
            noClasses().that().resideInAPackage(service + ".domain..")
                    .should().dependOnClassesThat().resideInAnyPackage(service + ".application..",
                            service + ".infrastructure..", service + ".web..")
                    .allowEmptyShould(true)
                    .check(classes);
            noClasses().that().resideInAPackage(service + ".application..")
                    .should().dependOnClassesThat().resideInAnyPackage(service + ".web..")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void servicesNeverImportAnotherService() {
        for (String service : SERVICES) {
            String[] others = SERVICES.stream().filter(s -> !s.equals(service)).map(s -> s + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage(service + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void libsDoNotDependOnServices() {
        String[] services = SERVICES.stream().map(s -> s + "..").toArray(String[]::new);
        noClasses().that().resideInAnyPackage("io.aifashion.color..", "io.aifashion.vision..",
                        "io.aifashion.recommender..", "io.aifashion.events..", "io.aifashion.kit..")
                .should().dependOnClassesThat().resideInAnyPackage(services)
                .check(classes);
    }

    @Test
    void colourScienceAndRecommenderUseOnlyTheJdk() {
        classes().that().resideInAPackage("io.aifashion.color..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.aifashion.color..")
                .allowEmptyShould(true)
                .check(classes);
        classes().that().resideInAPackage("io.aifashion.recommender..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.aifashion.recommender..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void everyServiceHasOnlyTheFourLayers() {
        for (String service : SERVICES) {
            classes().that().resideInAPackage(service + "..")
                    .and().resideOutsideOfPackage(service)
                    .should().resideInAnyPackage(service + ".domain..", service + ".application..",
                            service + ".infrastructure..", service + ".web..")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }
}
