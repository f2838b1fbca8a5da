package org.firegov.training.survey;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.firegov.training.survey.SurveyEvents.ResponseScored;
import org.firegov.training.survey.SurveyEvents.SurveyClosed;
import org.firegov.training.survey.SurveyEvents.SurveyDefined;
import org.firegov.training.survey.SurveyEvents.SurveyRevised;
import org.firegov.training.survey.SurveyViews.Status;
import org.firegov.training.survey.SurveyViews.SurveyView;
import org.firegov.training.survey.SurveyViews.TownTally;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Keeps {@code surveys} and {@code survey_tallies}; rebuilt on replay. Tokens have no read model. */
@Component
@ProcessingGroup(SurveyProjection.GROUP)
class SurveyProjection {

    static final String GROUP = "surveys";

    private final MongoTemplate mongo;

    SurveyProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(SurveyDefined e, @Timestamp Instant at) {
        mongo.save(new SurveyView(e.surveyId(), e.title(), e.questions(), e.passMark(), Status.OPEN, 0, e.demo(), at,
                null), SurveyView.COLLECTION);
    }

    @EventHandler
    void on(SurveyRevised e) {
        mongo.updateFirst(byId(e.surveyId()), Update.update("title", e.title()).set("questions", e.questions())
                .set("passMark", e.passMark()), SurveyView.COLLECTION);
    }

    @EventHandler
    void on(ResponseScored e) {
        mongo.upsert(byId(TownTally.idOf(e.surveyId(), e.town())), new Update().set("surveyId", e.surveyId())
                .set("town", e.town()).inc("respondents", 1).inc("passed", e.passed() ? 1 : 0)
                .inc("scoreSum", e.score()), TownTally.COLLECTION);
        mongo.updateFirst(byId(e.surveyId()), new Update().inc("respondents", 1), SurveyView.COLLECTION);
    }

    @EventHandler
    void on(SurveyClosed e) {
        mongo.updateFirst(byId(e.surveyId()), Update.update("status", Status.CLOSED).set("closedOn", e.closedOn()),
                SurveyView.COLLECTION);
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(SurveyView.COLLECTION);
        mongo.dropCollection(TownTally.COLLECTION);
    }
}
