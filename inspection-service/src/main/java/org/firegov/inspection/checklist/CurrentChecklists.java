package org.firegov.inspection.checklist;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

import org.firegov.inspection.unit.UnitCategory;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Which checklist applies to a unit: the newest version of the template of its first category in the order of
 * {@link UnitCategory} (which lists the riskier kinds first), falling back to {@code OTHER}.
 */
@Component
public class CurrentChecklists {

    private final MongoTemplate mongo;

    CurrentChecklists(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<ChecklistTemplateView> newest(UnitCategory category) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("category").is(category))
                        .with(Sort.by(Sort.Direction.DESC, "version")).limit(1), ChecklistTemplateView.class,
                ChecklistTemplateView.COLLECTION));
    }

    /** The template a unit of these categories is checked against; 422 {@code no-checklist} if none is published. */
    public ChecklistTemplateView forUnit(Collection<UnitCategory> categories) {
        return Arrays.stream(UnitCategory.values())
                .filter(category -> categories != null && categories.contains(category))
                .map(this::newest).flatMap(Optional::stream).findFirst()
                .or(() -> newest(UnitCategory.OTHER))
                .orElseThrow(() -> new BusinessRuleViolation("no-checklist",
                        "no checklist template is published for the unit's categories " + categories));
    }
}
