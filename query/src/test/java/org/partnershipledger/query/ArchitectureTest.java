package org.partnershipledger.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.partnershipledger.query", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    // Read models are rebuilt from events alone; only the web module wires them into the application.
    @ArchTest
    static final ArchRule theReadSideImportsNoSpringOrWebClasses = noClasses()
            .that()
            .resideInAPackage("org.partnershipledger.query..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.partnershipledger.web..");

    // What a reader may see is decided by a pure function of a history, so every way of reading (the API, pages,
    // exports) applies the same rules and none can forget them.
    @ArchTest
    static final ArchRule disclosureIsAPureFunctionOfAHistory = noClasses()
            .that()
            .resideInAPackage("org.partnershipledger.query.disclosure..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "com.mongodb..",
                    "org.bson..",
                    "org.axonframework..",
                    "org.partnershipledger.web..");
}
