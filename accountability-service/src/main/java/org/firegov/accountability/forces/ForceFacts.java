package org.firegov.accountability.forces;

import org.firegov.events.infrastructure.EquipmentAcquiredV1;
import org.firegov.events.infrastructure.FirefighterHiredV1;
import org.firegov.events.infrastructure.ForceRegisteredV1;
import org.firegov.kit.consume.ConsumedFacts;
import org.firegov.kit.consume.IntegrationEventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Fire and rescue forces (消防救援力量) from infrastructure's events, for plan-target monitoring: registered forces
 * (by force id), government full-time firefighters hired (政府专职消防员, by personnel number) and equipment acquired
 * (装备, by entry id). Upserts by those ids.
 */
@Configuration
public class ForceFacts {

    public static final String FORCES = "force_facts";
    public static final String RECRUITS = "recruit_facts";
    public static final String EQUIPMENT = "equipment_facts";

    @Bean
    ConsumedFacts consumedForceFacts() {
        return new ConsumedFacts(FORCES);
    }

    @Bean
    ConsumedFacts consumedRecruitFacts() {
        return new ConsumedFacts(RECRUITS);
    }

    @Bean
    ConsumedFacts consumedEquipmentFacts() {
        return new ConsumedFacts(EQUIPMENT);
    }

    @Bean
    IntegrationEventHandler<ForceRegisteredV1> onForceRegistered(MongoTemplate mongo) {
        return IntegrationEventHandler.of(ForceRegisteredV1.class, (e, context) -> mongo.upsert(byId(e.forceId()),
                new Update().set("kind", e.kind()).set("name", e.name()).set("town", e.town())
                        .set("stationClass", e.stationClass()).set("registeredAt", e.registeredAt()),
                FORCES));
    }

    @Bean
    IntegrationEventHandler<FirefighterHiredV1> onFirefighterHired(MongoTemplate mongo) {
        return IntegrationEventHandler.of(FirefighterHiredV1.class, (e, context) -> mongo.upsert(byId(e.staffNo()),
                new Update().set("hiredOn", e.hiredOn()).set("town", e.town()), RECRUITS));
    }

    @Bean
    IntegrationEventHandler<EquipmentAcquiredV1> onEquipmentAcquired(MongoTemplate mongo) {
        return IntegrationEventHandler.of(EquipmentAcquiredV1.class, (e, context) -> mongo.upsert(byId(e.entryId()),
                new Update().set("forceId", e.forceId()).set("category", e.category()).set("quantity", e.quantity())
                        .set("acquiredOn", e.acquiredOn()), EQUIPMENT));
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
