package org.partnershipledger.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.partnershipledger.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    // Only the event store talks to MongoDB; the domain stays free of frameworks and of the other layers.
    @ArchTest
    static final ArchRule theDomainImportsNoSpringMongoDbOrWebClasses = noClasses()
            .that()
            .resideInAPackage("org.partnershipledger.core..")
            .and()
            .resideOutsideOfPackage("org.partnershipledger.core.store..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "com.mongodb..",
                    "org.bson..",
                    "jakarta.servlet..",
                    "org.partnershipledger.web..",
                    "org.partnershipledger.query..");
}
