package org.firegov.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class IntegrationEventsTest {

    private static final Pattern TYPE = Pattern.compile("firegov\\.[a-z]+\\.[a-z-]+\\.[a-z-]+\\.v\\d+");

    @Test
    void every_catalogued_type_follows_the_naming_rule_and_maps_back_to_its_class() {
        assertThat(IntegrationEvents.types()).isNotEmpty();
        for (String type : IntegrationEvents.types()) {
            assertThat(type).matches(TYPE);
            Class<? extends IntegrationEvent> eventClass = IntegrationEvents.classOf(type).orElseThrow();
            assertThat(eventClass.isRecord()).as(type + " is a record").isTrue();
            assertThat(IntegrationEvents.typeOf(eventClass)).isEqualTo(type);
            assertThat(IntegrationEvents.topicOf(eventClass)).startsWith("firegov.");
        }
    }

    @Test
    void an_unknown_type_is_not_resolved() {
        assertThat(IntegrationEvents.classOf("firegov.inspection.hazard.exploded.v1")).isEmpty();
    }
}
