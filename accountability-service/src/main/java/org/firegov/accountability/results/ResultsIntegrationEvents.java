package org.firegov.accountability.results;

import org.firegov.accountability.results.ResultsPublication.ResultsPublished;
import org.firegov.events.accountability.AssessmentResultsPublishedV1;
import org.firegov.events.accountability.AssessmentResultsPublishedV1.PartyResult;
import org.firegov.kit.publish.IntegrationEventMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Published results go to the county's economic and social performance review (经济社会发展实绩考核). */
@Configuration
class ResultsIntegrationEvents {

    @Bean
    IntegrationEventMapper<ResultsPublished> assessmentResultsPublishedV1() {
        return IntegrationEventMapper.of(ResultsPublished.class, (e, at) -> new AssessmentResultsPublishedV1(e.year(),
                e.schemeId(), e.results().stream().map(r -> new PartyResult(r.partyKind(), r.partyCode(), r.name(),
                        r.total(), r.grade(), r.rank(), r.vetoed())).toList(), at));
    }
}
