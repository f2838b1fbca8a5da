package org.firegov.accountability.certificates;

import java.util.Set;

import org.bson.Document;
import org.firegov.accountability.party.ResponsibleParty;
import org.firegov.accountability.scheme.Metric;
import org.firegov.accountability.scoring.AssessmentPeriod;
import org.firegov.accountability.scoring.Evidence;
import org.firegov.accountability.scoring.FactCriteria;
import org.firegov.accountability.scoring.MetricSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** {@link Metric#CERTIFICATES_ISSUED}: certificates issued this year by courses the party organised. */
@Component
class CertificateEvidence implements MetricSource {

    private final MongoTemplate mongo;

    CertificateEvidence(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Set<Metric> metrics() {
        return Set.of(Metric.CERTIFICATES_ISSUED);
    }

    @Override
    public Evidence measure(Metric metric, ResponsibleParty party, AssessmentPeriod period) {
        return Evidence.count(mongo.find(Query.query(FactCriteria.ofParty(party).and("demo").ne(true)
                        .and("issuedOn").gte(period.firstDay()).lte(period.lastDay())), Document.class,
                CertificateFacts.COLLECTION), "certificates issued this year by non-demo courses the party organised");
    }
}
