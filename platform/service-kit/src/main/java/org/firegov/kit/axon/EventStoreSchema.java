package org.firegov.kit.axon;

import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.PostgresTokenTableFactory;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Creates Axon's event, snapshot and token tables in the service's PostgreSQL database (idempotent: Axon's
 * PostgreSQL factories use {@code CREATE TABLE IF NOT EXISTS}) before any processor starts.
 */
public class EventStoreSchema implements InitializingBean {

    private final EventStorageEngine storageEngine;
    private final TokenStore tokenStore;

    public EventStoreSchema(EventStorageEngine storageEngine, TokenStore tokenStore) {
        this.storageEngine = storageEngine;
        this.tokenStore = tokenStore;
    }

    @Override
    public void afterPropertiesSet() {
        if (storageEngine instanceof JdbcEventStorageEngine jdbc) {
            jdbc.createSchema(PostgresEventTableFactory.INSTANCE);
        }
        if (tokenStore instanceof JdbcTokenStore jdbc) {
            jdbc.createSchema(PostgresTokenTableFactory.INSTANCE);
        }
    }
}
