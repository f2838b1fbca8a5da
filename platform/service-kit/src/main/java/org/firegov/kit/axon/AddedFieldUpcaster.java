package org.firegov.kit.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Upcasts a stored domain event (Jackson JSON) from one revision to the next by adding a field that the newer
 * revision has, with a default value ({@code null} unless given). Declare one bean per event type and revision step;
 * Axon's Spring Boot configuration puts every {@code EventUpcaster} bean in the upcaster chain, so history written
 * before the field existed still loads, in aggregates and in projections alike.
 */
public class AddedFieldUpcaster extends SingleEventUpcaster {

    private final SerializedType from;
    private final SerializedType to;
    private final String field;
    private final JsonNode defaultValue;

    public AddedFieldUpcaster(Class<?> eventType, String fromRevision, String toRevision, String field,
                              JsonNode defaultValue) {
        this.from = new SimpleSerializedType(eventType.getName(), fromRevision);
        this.to = new SimpleSerializedType(eventType.getName(), toRevision);
        this.field = field;
        this.defaultValue = defaultValue;
    }

    /** The field is added as JSON {@code null}. */
    public static AddedFieldUpcaster withNull(Class<?> eventType, String fromRevision, String toRevision, String field) {
        return new AddedFieldUpcaster(eventType, fromRevision, toRevision, field, null);
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return from.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(to, JsonNode.class, payload -> {
            if (payload instanceof ObjectNode object && !object.has(field)) {
                if (defaultValue == null) {
                    object.putNull(field);
                } else {
                    object.set(field, defaultValue.deepCopy());
                }
            }
            return payload;
        });
    }
}
