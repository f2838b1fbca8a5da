package org.firegov.kit.axon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.firegov.kit.security.CurrentActor;
import org.firegov.kit.web.CorrelationIdFilter;
import org.slf4j.MDC;

/**
 * Stamps every command with who issued it and the request's correlation id; Axon copies both onto the events the
 * command causes, so each aggregate's event stream is its own audit trail.
 */
public class AuditMetadata implements MessageDispatchInterceptor<CommandMessage<?>> {

    public static final String ACTOR = "actor";
    public static final String ACTOR_ID = "actorId";
    /**
     * The request's correlation id travels as Axon's {@code traceId}: Axon's own {@code MessageOriginProvider}
     * copies a command's trace id onto every event it causes (Axon's {@code correlationId} is the id of the
     * causing message, a different thing).
     */
    public static final String CORRELATION_ID = "traceId";

    public static CorrelationDataProvider correlationDataProvider() {
        return new SimpleCorrelationDataProvider(ACTOR, ACTOR_ID);
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, Object> audit = new HashMap<>();
            CurrentActor.get().ifPresent(actor -> {
                audit.put(ACTOR, actor.username());
                audit.put(ACTOR_ID, actor.userId());
            });
            String correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
            if (correlationId != null) {
                audit.put(CORRELATION_ID, correlationId);
            }
            return audit.isEmpty() ? command : command.andMetaData(audit);
        };
    }
}
