package org.firegov.accountability.supervision;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.firegov.accountability.party.PartyKind;
import org.firegov.accountability.supervision.Circular.CircularIssued;
import org.firegov.accountability.supervision.Circular.Named;
import org.firegov.kit.axon.AuditMetadata;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code circulars}; rebuilt from the event store on replay. */
@Component
@ProcessingGroup("circulars")
class CircularProjection {

    private final MongoTemplate mongo;

    CircularProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(CircularIssued e, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        mongo.save(new CircularView(e.circularId(), e.kind(), e.title(), e.body(), e.parties(),
                codes(e, PartyKind.TOWN), codes(e, PartyKind.DEPARTMENT), e.issuedOn(), actor));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(CircularView.COLLECTION);
    }

    private static java.util.List<String> codes(CircularIssued e, PartyKind kind) {
        return e.parties().stream().filter(p -> p.kind() == kind).map(Named::code).toList();
    }
}
