package org.firegov.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/** FireGov's architecture rules, shared by every service's ArchUnit test. */
public final class ArchitectureRules {

    /** Aggregates and the records of commands and events: the domain model. */
    public static final DescribedPredicate<JavaClass> DOMAIN_MODEL = DescribedPredicate.describe(
            "aggregates, commands and domain events",
            javaClass -> javaClass.isAnnotatedWith("org.axonframework.spring.stereotype.Aggregate")
                    || javaClass.getName().matches(".*(Commands|Events)(\\$.*)?")
                    && !javaClass.getSimpleName().endsWith("IntegrationEvents")
                    && !javaClass.getName().contains("IntegrationEvents$"));

    /** The domain depends on no Spring, Kafka, Mongo or servlet type (Axon's annotations are allowed). */
    public static final ArchRule DOMAIN_IS_FRAMEWORK_FREE = noClasses().that(DOMAIN_MODEL)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.apache.kafka..", "com.mongodb..", "org.bson..",
                    "jakarta.servlet..", "io.cloudevents..")
            .because("domain logic must not depend on infrastructure (docs: STYLE.md, habit 3)");

    private ArchitectureRules() {
    }
}
