package org.firegov.kit.consume;

/**
 * Declares a MongoDB collection a service fills only from integration events it consumes (facts about other
 * services' objects). {@link IntegrationEventReplay} drops every declared collection before re-consuming.
 *
 * @param collection the collection's name
 */
public record ConsumedFacts(String collection) {
}
