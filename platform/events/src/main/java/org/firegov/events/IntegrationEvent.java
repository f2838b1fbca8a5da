package org.firegov.events;

/**
 * A public, versioned fact one FireGov service tells the others over Kafka.
 *
 * <p>Implementations are plain records annotated with {@link IntegrationEventType}. They are a deliberate
 * contract: renaming or removing a field is a new version ({@code ….v2}), never an edit.
 */
public interface IntegrationEvent {
}
