package org.firegov.kit.consume;

import java.time.OffsetDateTime;

/** The CloudEvents envelope of an integration event that arrived. */
public record ReceivedEvent(String id, String type, String source, String subject, OffsetDateTime time,
                            String correlationId, String topic, int partition, long offset) {
}
