package org.firegov.accountability.scoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.firegov.accountability.party.Parties;
import org.firegov.accountability.party.PartyKind;
import org.firegov.accountability.party.ResponsibleParty;
import org.firegov.accountability.scheme.Metric;
import org.firegov.accountability.scheme.SchemeView;
import org.firegov.kit.domain.NotFound;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Every party's score for a year under the scheme in force, as it stands now or as it stood at a moment (the trend
 * by quarter), ranked within its kind. Computed from the facts and manual scores each time: nothing is stored.
 */
@Component
public class Scoreboard {

    private final Parties parties;
    private final EvidenceFacts evidence;
    private final MongoTemplate mongo;

    Scoreboard(Parties parties, EvidenceFacts evidence, MongoTemplate mongo) {
        this.parties = parties;
        this.evidence = evidence;
        this.mongo = mongo;
    }

    /** All parties' scores over the period, ranked among parties of the same kind. */
    public List<PartyScore> ranked(AssessmentPeriod period) {
        SchemeView scheme = schemeInForce(period.year());
        List<PartyScore> all = new ArrayList<>();
        for (PartyKind kind : PartyKind.values()) {
            List<PartyScore> ofKind = parties.all().stream().filter(p -> p.kind() == kind)
                    .map(party -> score(scheme, party, period))
                    .sorted(Comparator.comparingDouble(PartyScore::total).reversed()
                            .thenComparing(s -> s.party().code()))
                    .toList();
            for (int i = 0; i < ofKind.size(); i++) {
                all.add(ofKind.get(i).ranked(i + 1));
            }
        }
        return all;
    }

    /** The year's latest locked scheme version; 404 when the year has none. */
    public SchemeView schemeInForce(int year) {
        SchemeView scheme = mongo.findOne(Query.query(Criteria.where("year").is(year)
                        .and("status").is(SchemeView.Status.LOCKED))
                .with(Sort.by(Sort.Direction.DESC, "version")).limit(1), SchemeView.class, SchemeView.COLLECTION);
        if (scheme == null) {
            throw new NotFound("locked assessment scheme for", String.valueOf(year));
        }
        return scheme;
    }

    private PartyScore score(SchemeView scheme, ResponsibleParty party, AssessmentPeriod period) {
        return Scorer.score(scheme, party, indicator -> evidence.measure(indicator.metric(), party, period),
                manualScores(party, period), evidence.measure(Metric.MAJOR_FIRES, party, period));
    }

    /** The committee's latest score per indicator given before the period's moment. */
    private Map<String, ManualScoreView> manualScores(ResponsibleParty party, AssessmentPeriod period) {
        Instant asOf = period.asOf();
        return mongo.find(Query.query(Criteria.where("score.year").is(period.year())
                                .and("score.partyKind").is(party.kind()).and("score.partyCode").is(party.code())
                                .and("score.at").lte(asOf)).with(Sort.by("score.at")),
                        ManualScoreRevision.class, ManualScoreRevision.COLLECTION).stream()
                .map(ManualScoreRevision::score)
                .collect(Collectors.toMap(ManualScoreView::indicatorCode, Function.identity(), (older, newer) -> newer));
    }
}
