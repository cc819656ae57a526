package io.aifashion.color;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** DESIGN.md §2: libs/color-science depends on nothing but the JDK. */
class ArchitectureTest {

    private static final JavaClasses LIBRARY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.aifashion.color");

    @Test
    void dependsOnlyOnTheJdk() {
        classes().that().resideInAPackage("io.aifashion.color..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.aifashion.color..", "java..")
                .check(LIBRARY);
    }

    @Test
    void noManagerHelperOrUtilClasses() {
        noClasses().should().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils")
                .check(LIBRARY);
    }
}
