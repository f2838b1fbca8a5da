package org.firegov.inspection.citizenreport;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.firegov.inspection.unit.UnitView;
import org.firegov.kit.validation.UnifiedSocialCreditCode;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reporter finds the place among the registered, active units: by its credit code (统一社会信用代码), or by a
 * part of its name. Public fields only (name, town, address — what is on the unit's door and licence), at most
 * 20, and under the report form's rate limit, so the registry cannot be harvested quickly.
 */
@RestController
class PublicUnitSearch {

    private static final int LIMIT = 20;

    private final MongoTemplate mongo;

    PublicUnitSearch(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    record PublicUnit(String unitId, String name, String town, String address) {
    }

    @GetMapping("/api/inspection/public/reports/units")
    List<PublicUnit> search(@RequestParam @NotBlank @Size(min = 2, max = 50) String q) {
        String term = q.strip();
        Criteria match = UnifiedSocialCreditCode.isValid(term.toUpperCase())
                ? Criteria.where("_id").is(term.toUpperCase())
                : Criteria.where("name").regex(Pattern.quote(term));
        Query query = Query.query(match.and("status").ne(UnitView.Status.CLOSED)).with(Sort.by("name")).limit(LIMIT);
        return mongo.find(query, UnitView.class, UnitView.COLLECTION).stream()
                .map(unit -> new PublicUnit(unit.unitId(), unit.name(), unit.town(), unit.address())).toList();
    }
}
