package org.firegov.training.complex;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.firegov.training.complex.ComplexManager.ManagerDeclared;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code complex_managers}; rebuilt on replay. */
@Component
@ProcessingGroup("complex-managers")
class ComplexManagerProjection {

    private final MongoTemplate mongo;

    ComplexManagerProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ManagerDeclared e, @Timestamp Instant at) {
        mongo.save(new ComplexManagerView(e.unitId(), e.unitName(), e.town(), e.floorAreaSquareMetres(),
                e.managerName(), e.qualification(), e.flagged(), at), ComplexManagerView.COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(ComplexManagerView.COLLECTION);
    }
}
