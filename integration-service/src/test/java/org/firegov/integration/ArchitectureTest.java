package org.firegov.integration;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The disclosure feed and the callbacks are separate features; neither reaches into the other. */
@AnalyzeClasses(packages = "org.firegov.integration", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule disclosure_does_not_use_callbacks = noClasses()
            .that().resideInAPackage("..integration.disclosure..")
            .should().dependOnClassesThat().resideInAPackage("..integration.callback..");

    @ArchTest
    static final ArchRule callbacks_do_not_use_disclosure = noClasses()
            .that().resideInAPackage("..integration.callback..")
            .should().dependOnClassesThat().resideInAPackage("..integration.disclosure..");
}
