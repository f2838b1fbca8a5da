package org.firegov.kit.axon;

import org.springframework.jdbc.core.JdbcTemplate;

/** What the service's event store already holds: seeds use it to run on a fresh installation only. */
public class EventStoreContents {

    private final JdbcTemplate jdbc;

    public EventStoreContents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isEmpty() {
        return !Boolean.TRUE.equals(jdbc.queryForObject("select exists(select 1 from domainevententry)", Boolean.class));
    }

    /** @param aggregateType the aggregate's simple class name, e.g. {@code Unit} */
    public boolean holdsAny(String aggregateType) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists(select 1 from domainevententry where type = ?)", Boolean.class, aggregateType));
    }

    /** @return whether the store holds events of the aggregate {@code aggregateId} of type {@code aggregateType} */
    public boolean holdsAggregate(String aggregateType, String aggregateId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists(select 1 from domainevententry "
                + "where aggregateidentifier = ? and type = ?)", Boolean.class, aggregateId, aggregateType));
    }
}
