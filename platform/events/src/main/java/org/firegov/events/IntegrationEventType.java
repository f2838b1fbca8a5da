package org.firegov.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The CloudEvents {@code type} of an integration event and the Kafka topic it travels on. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface IntegrationEventType {

    /** CloudEvents type, {@code firegov.<context>.<aggregate>.<fact>.v<N>}. */
    String value();

    /** Kafka topic, one per aggregate type: {@code firegov.<context>.<aggregate>}. */
    String topic();
}
