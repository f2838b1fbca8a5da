package org.firegov.training.survey;

import org.firegov.events.training.AwarenessSurveyClosedV1;
import org.firegov.events.training.SurveyResponseScoredV1;
import org.firegov.kit.publish.IntegrationEventMapper;
import org.firegov.training.survey.SurveyEvents.ResponseScored;
import org.firegov.training.survey.SurveyEvents.SurveyClosed;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Awareness (消防安全知晓率) for the assessment: each scored response (anonymous: town, score, passed), and per
 * town and county when a survey closes — the pass mark lives here, so the rate is computed here too.
 */
@Configuration
class SurveyIntegrationEvents {

    @Bean
    IntegrationEventMapper<ResponseScored> surveyResponseScoredV1() {
        return IntegrationEventMapper.of(ResponseScored.class, (e, at) -> new SurveyResponseScoredV1(e.surveyId(),
                e.responseId(), e.town(), e.score(), e.passed(), e.demo(), at));
    }

    @Bean
    IntegrationEventMapper<SurveyClosed> awarenessSurveyClosedV1() {
        return IntegrationEventMapper.of(SurveyClosed.class, (e, at) -> new AwarenessSurveyClosedV1(e.surveyId(),
                e.closedOn(), e.passMark(), e.towns().stream().map(SurveyIntegrationEvents::line).toList(),
                line(e.county()), e.demo(), at));
    }

    private static AwarenessSurveyClosedV1.Awareness line(Awareness a) {
        return new AwarenessSurveyClosedV1.Awareness(a.town(), a.respondents(), a.passed(), a.awarenessRate(),
                a.meanScore());
    }
}
