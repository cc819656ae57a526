package io.aifashion.recommender;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTest {

    private final JavaClasses production = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.aifashion.recommender");

    @Test
    void dependsOnNothingButTheJdk() {
        classes().that().resideInAPackage("io.aifashion.recommender..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.aifashion.recommender..")
                .because("the recommender library must run anywhere with only a JDK (DESIGN.md §2)")
                .check(production);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.aifashion.recommender.(*)..").should().beFreeOfCycles().check(production);
    }

    @Test
    void noVagueClassNames() {
        noClasses().that().resideInAPackage("io.aifashion.recommender..")
                .should().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils")
                .check(production);
    }
}
