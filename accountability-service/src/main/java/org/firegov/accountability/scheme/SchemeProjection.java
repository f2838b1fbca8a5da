package org.firegov.accountability.scheme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.firegov.accountability.scheme.SchemeEvents.GradeBandsSet;
import org.firegov.accountability.scheme.SchemeEvents.IndicatorRemoved;
import org.firegov.accountability.scheme.SchemeEvents.IndicatorSet;
import org.firegov.accountability.scheme.SchemeEvents.MajorFireVetoSet;
import org.firegov.accountability.scheme.SchemeEvents.SchemeDrafted;
import org.firegov.accountability.scheme.SchemeEvents.SchemeLocked;
import org.firegov.kit.axon.AuditMetadata;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code assessment_schemes}; rebuilt from the event store on replay. */
@Component
@ProcessingGroup(SchemeProjection.GROUP)
class SchemeProjection {

    static final String GROUP = "assessment-schemes";

    private final MongoTemplate mongo;

    SchemeProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(SchemeDrafted event, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        mongo.save(new SchemeView(event.schemeId(), event.year(), event.version(), SchemeView.Status.DRAFT,
                List.of(), 0, event.gradeBands(), event.majorFireVeto(), actor, null, null)
                .withIndicators(event.indicators()));
    }

    @EventHandler
    void on(IndicatorSet event) {
        change(event.schemeId(), view -> {
            List<Indicator> indicators = new ArrayList<>(view.indicators());
            indicators.removeIf(existing -> existing.code().equals(event.indicator().code()));
            indicators.add(event.indicator());
            return view.withIndicators(indicators);
        });
    }

    @EventHandler
    void on(IndicatorRemoved event) {
        change(event.schemeId(), view -> view.withIndicators(view.indicators().stream()
                .filter(indicator -> !indicator.code().equals(event.code())).toList()));
    }

    @EventHandler
    void on(GradeBandsSet event) {
        change(event.schemeId(), view -> view.withGradeBands(event.gradeBands()));
    }

    @EventHandler
    void on(MajorFireVetoSet event) {
        change(event.schemeId(), view -> view.withMajorFireVeto(event.majorFireVeto()));
    }

    @EventHandler
    void on(SchemeLocked event, @Timestamp Instant at, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        change(event.schemeId(), view -> view.locked(at, actor));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(SchemeView.COLLECTION);
    }

    private void change(String schemeId, UnaryOperator<SchemeView> change) {
        SchemeView view = mongo.findById(schemeId, SchemeView.class, SchemeView.COLLECTION);
        if (view != null) {
            mongo.save(change.apply(view), SchemeView.COLLECTION);
        }
    }
}
