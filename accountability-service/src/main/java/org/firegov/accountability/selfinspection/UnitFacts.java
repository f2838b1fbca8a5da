package org.firegov.accountability.selfinspection;

import org.firegov.events.inspection.SelfInspectionSubmittedV1;
import org.firegov.events.inspection.UnitAmendedV1;
import org.firegov.events.inspection.UnitClosedV1;
import org.firegov.events.inspection.UnitRegisteredV1;
import org.firegov.kit.consume.ConsumedFacts;
import org.firegov.kit.consume.IntegrationEventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The registered units per town and department (the population of self-inspection coverage) and their
 * self-inspections (单位自查). One fact per unit (current town and department, registered and closed when) and one
 * per submission; upserts by id.
 */
@Configuration
public class UnitFacts {

    public static final String UNITS = "unit_facts";
    static final String SUBMISSIONS = "self_inspection_facts";


    @Bean
    ConsumedFacts consumedUnitFacts() {
        return new ConsumedFacts(UNITS);
    }

    @Bean
    ConsumedFacts consumedSelfInspectionFacts() {
        return new ConsumedFacts(SUBMISSIONS);
    }

    @Bean
    IntegrationEventHandler<UnitRegisteredV1> onUnitRegistered(MongoTemplate mongo) {
        return IntegrationEventHandler.of(UnitRegisteredV1.class, (unit, context) -> mongo.upsert(byId(unit.unitId()),
                new Update().set("name", unit.name()).set("town", unit.town()).set("department", unit.department())
                        .set("registeredAt", unit.registeredAt()), UNITS));
    }

    @Bean
    IntegrationEventHandler<UnitAmendedV1> onUnitAmended(MongoTemplate mongo) {
        return IntegrationEventHandler.of(UnitAmendedV1.class, (unit, context) -> mongo.upsert(byId(unit.unitId()),
                new Update().set("name", unit.name()).set("town", unit.town()).set("department", unit.department()), UNITS));
    }

    @Bean
    IntegrationEventHandler<UnitClosedV1> onUnitClosed(MongoTemplate mongo) {
        return IntegrationEventHandler.of(UnitClosedV1.class, (unit, context) -> mongo.upsert(byId(unit.unitId()),
                new Update().set("town", unit.town()).set("department", unit.department())
                        .set("closedAt", unit.closedAt()), UNITS));
    }

    @Bean
    IntegrationEventHandler<SelfInspectionSubmittedV1> onSelfInspectionSubmitted(MongoTemplate mongo) {
        return IntegrationEventHandler.of(SelfInspectionSubmittedV1.class, (submission, context) -> mongo.upsert(
                byId(submission.submissionId()), new Update().set("unitId", submission.unitId())
                        .set("period", submission.period()).set("year", Integer.parseInt(submission.period().substring(0, 4)))
                        .set("submittedAt", submission.submittedAt()), SUBMISSIONS));
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
