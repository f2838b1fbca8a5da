package org.firegov.infrastructure;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.firegov.testkit.ArchitectureRules;

@AnalyzeClasses(packages = "org.firegov.infrastructure", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_is_framework_free = ArchitectureRules.DOMAIN_IS_FRAMEWORK_FREE;
}
