package dev.rampart;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.rampart.check.Check;
import dev.rampart.check.Rule;
import org.junit.jupiter.api.Test;

/** The pipeline's boundaries, enforced rather than hoped for. */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.rampart");

  @Test
  void rulesNeverTouchTheFileSystemOrOutput() {
    noClasses()
        .that()
        .resideInAPackage("dev.rampart.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.io..", "java.nio.file..", "dev.rampart.discover..", "dev.rampart.report..")
        .because("a rule is a pure function from a parsed model to findings")
        .check(CLASSES);
  }

  @Test
  void everyRuleClassCarriesItsMetadata() {
    classes()
        .that()
        .resideInAPackage("dev.rampart.rules..")
        .and()
        .implement(Check.class)
        .should()
        .beAnnotatedWith(Rule.class)
        .check(CLASSES);
  }

  @Test
  void renderersDecideNothing() {
    noClasses()
        .that()
        .resideInAPackage("dev.rampart.report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.rampart.rules..",
            "dev.rampart.format..",
            "dev.rampart.discover..",
            "dev.rampart.settle..")
        .check(CLASSES);
  }

  @Test
  void parsersDoNotKnowRulesOrReports() {
    noClasses()
        .that()
        .resideInAPackage("dev.rampart.format..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.rampart.rules..", "dev.rampart.report..", "dev.rampart.settle..")
        .check(CLASSES);
  }
}
