package org.firegov.accountability.certificates;

import org.firegov.events.training.CertificateIssuedV1;
import org.firegov.kit.consume.ConsumedFacts;
import org.firegov.kit.consume.IntegrationEventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Certificates (持证) from key-group courses, one fact per certificate number (upsert), credited to the course's
 * organising town or department ({@code place} is the course's town).
 */
@Configuration
public class CertificateFacts {

    public static final String COLLECTION = "certificate_facts";


    @Bean
    ConsumedFacts consumedCertificateFacts() {
        return new ConsumedFacts(COLLECTION);
    }

    @Bean
    IntegrationEventHandler<CertificateIssuedV1> onCertificateIssued(MongoTemplate mongo) {
        return IntegrationEventHandler.of(CertificateIssuedV1.class, (e, context) -> mongo.upsert(
                Query.query(Criteria.where("_id").is(e.certificateNo())),
                new Update().set("courseId", e.courseId()).set("targetGroup", e.targetGroup()).set("place", e.town())
                        .set("town", "TOWN".equals(e.organiserType()) ? e.organiserCode() : null)
                        .set("department", "DEPARTMENT".equals(e.organiserType()) ? e.organiserCode() : null)
                        .set("issuedOn", e.issuedOn()).set("year", e.issuedOn().getYear()).set("demo", e.demo()),
                COLLECTION));
    }
}
