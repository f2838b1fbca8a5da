package org.firegov.training.course;

import java.time.LocalDate;

import org.firegov.kit.readmodel.PageOf;
import org.firegov.kit.security.Actor;
import org.firegov.training.County;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Training certificates (培训合格证) in the caller's scope (a unit: its own people's); {@code valid=true} keeps those
 * not expired today.
 */
@RestController
class CertificateController {

    private final MongoTemplate mongo;

    CertificateController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping("/api/training/certificates")
    PageOf<CertificateView> list(Actor actor, @RequestParam(required = false) String traineeId,
                                 @RequestParam(required = false) String unitId,
                                 @RequestParam(required = false) TargetGroup targetGroup,
                                 @RequestParam(required = false) Boolean valid, Pageable pageable) {
        var query = CourseScope.PEOPLE.query(actor,
                traineeId == null ? null : Criteria.where("traineeId").is(traineeId),
                unitId == null ? null : Criteria.where("unitId").is(unitId),
                targetGroup == null ? null : Criteria.where("targetGroup").is(targetGroup),
                valid == null ? null : valid
                        ? Criteria.where("expiresOn").gte(County.today())
                        : Criteria.where("expiresOn").lt(County.today()))
                .with(Sort.by(Sort.Direction.DESC, "issuedOn").and(Sort.by("_id")));
        return PageOf.query(mongo, query, pageable, CertificateView.class, CertificateView.COLLECTION);
    }
}
