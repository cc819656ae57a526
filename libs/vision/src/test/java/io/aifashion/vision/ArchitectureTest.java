package io.aifashion.vision;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.aifashion.vision");

    @Test
    void noStaticMutableStateSoTheAnalyzerIsThreadSafe() {
        ArchRule rule = fields().that().areStatic().should().beFinal()
                .because("shared mutable state would break concurrent analyses");
        rule.check(CLASSES);
    }

    @Test
    void namesSayWhatThingsAre() {
        noClasses().should().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util").orShould().haveSimpleNameEndingWith("Utils")
                .check(CLASSES);
    }

    @Test
    void theLibraryDependsOnNoFrameworkAndNoService() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
                "io.aifashion.launcher..", "io.aifashion.imageprocessing..").check(CLASSES);
    }

    @Test
    void lowerLayersDoNotReachUpIntoTheAnalyzer() {
        noClasses().that().resideInAnyPackage("io.aifashion.vision.decode..", "io.aifashion.vision.face..",
                        "io.aifashion.vision.light..", "io.aifashion.vision.raster..", "io.aifashion.vision.skin..")
                .should().dependOnClassesThat().haveSimpleName("SkinToneAnalyzer").check(CLASSES);
    }
}
