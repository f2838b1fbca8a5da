package org.firegov.accountability.scoring;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.bson.Document;
import org.firegov.accountability.party.PartyKind;
import org.firegov.accountability.party.ResponsibleParty;
import org.firegov.accountability.responsibility.TaskView;
import org.firegov.accountability.scheme.Metric;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Measures a metric for a party and year from the facts accountability keeps. */
@Component
class EvidenceFacts {

    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");
    private static final String HAZARD_FACTS = "hazard_facts";
    private static final String CAMPAIGN_FACTS = "campaign_facts";
    private static final String HYDRANT_FACTS = "hydrant_facts";

    private final MongoTemplate mongo;

    EvidenceFacts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Evidence measure(Metric metric, ResponsibleParty party, int year) {
        return switch (metric) {
            case MAJOR_HAZARDS_OPEN -> count(HAZARD_FACTS, ofParty(party)
                            .and("major").is(true).and("open").is(true),
                    "major hazards (重大火灾隐患) reported against the party's units and still open");
            case OVERDUE_TASKS -> count(TaskView.COLLECTION, ofParty(party)
                            .and("overdue").is(true).and("deadline").gte(start(year)).lt(start(year + 1)),
                    "responsibility tasks due this year that went overdue");
            case OVERDUE_HAZARDS -> count(HAZARD_FACTS, ofParty(party).and("open").is(true).and("overdue").is(true),
                    "hazards at the party's units past their rectification deadline and still open");
            case HAZARDS_RECTIFIED_ON_TIME_RATE -> hazardsRectifiedOnTime(party, year);
            case TASKS_ON_TIME_RATE -> tasksOnTime(party, year);
            case CAMPAIGNS_HELD_RATE -> campaignsHeld(party, year);
            case HYDRANT_INTACT_RATE -> hydrantsIntact(party);
            default -> Evidence.noSource("no service publishes " + metric + " yet");
        };
    }

    private Evidence tasksOnTime(ResponsibleParty party, int year) {
        Criteria dueThisYear = ofParty(party)
                .and("deadline").gte(start(year)).lt(start(year + 1));
        List<Document> tasks = mongo.find(Query.query(dueThisYear), Document.class, TaskView.COLLECTION);
        List<Document> due = tasks.stream().filter(task -> "COMPLETED".equals(task.getString("status"))
                || Boolean.TRUE.equals(task.getBoolean("overdue"))).toList();
        String basis = "responsibility tasks due this year: completed on time / completed or overdue";
        if (due.isEmpty()) {
            return Evidence.nothingDue(basis);
        }
        long onTime = due.stream().filter(task -> Boolean.TRUE.equals(task.getBoolean("onTime"))).count();
        return Evidence.measured(100.0 * onTime / due.size(),
                due.stream().map(task -> task.getString("_id")).toList(), basis);
    }

    /** 隐患按期整改率: hazards whose rectification deadline fell this year and has passed, rectified on time / due. */
    private Evidence hazardsRectifiedOnTime(ResponsibleParty party, int year) {
        java.time.Instant now = java.time.Instant.now();
        java.time.Instant end = start(year + 1).isBefore(now) ? start(year + 1) : now;
        List<Document> due = mongo.find(Query.query(ofParty(party).and("deadline").gte(start(year)).lt(end)),
                Document.class, HAZARD_FACTS);
        String basis = "hazards whose rectification deadline fell this year and has passed: rectified on time / due";
        if (due.isEmpty()) {
            return Evidence.nothingDue(basis);
        }
        long onTime = due.stream().filter(h -> Boolean.TRUE.equals(h.getBoolean("rectifiedOnTime"))).count();
        return Evidence.measured(100.0 * onTime / due.size(),
                due.stream().map(h -> h.getString("_id")).sorted().toList(), basis);
    }

    /** Campaigns the party organised that were due (planned this year, on or before today): held / due. */
    private Evidence campaignsHeld(ResponsibleParty party, int year) {
        LocalDate today = LocalDate.now(COUNTY);
        LocalDate lastDue = today.isBefore(LocalDate.of(year, 12, 31)) ? today : LocalDate.of(year, 12, 31);
        List<Document> due = mongo.find(Query.query(ofParty(party).and("demo").is(false)
                        .and("status").ne("CANCELLED")
                        .and("plannedDate").gte(LocalDate.of(year, 1, 1)).lte(lastDue)),
                Document.class, CAMPAIGN_FACTS);
        String basis = "non-demo campaigns the party organised with a planned date this year, up to today: held / due";
        if (due.isEmpty()) {
            return Evidence.nothingDue(basis);
        }
        long held = due.stream().filter(campaign -> "HELD".equals(campaign.getString("status"))).count();
        return Evidence.measured(100.0 * held / due.size(),
                due.stream().map(campaign -> campaign.getString("_id")).sorted().toList(), basis);
    }

    /** 完好率: municipal hydrants (not intakes or pools) in the town in service / built; demo data excluded. */
    private Evidence hydrantsIntact(ResponsibleParty party) {
        String basis = "municipal hydrants in the town: in service / built (current status)";
        if (party.kind() != PartyKind.TOWN) {
            return Evidence.nothingDue(basis);
        }
        List<Document> built = mongo.find(Query.query(Criteria.where("town").is(party.code())
                .and("type").is("HYDRANT").and("demo").ne(true)), Document.class, HYDRANT_FACTS);
        if (built.isEmpty()) {
            return Evidence.nothingDue(basis);
        }
        long inService = built.stream().filter(h -> "IN_SERVICE".equals(h.getString("status"))).count();
        return Evidence.measured(100.0 * inService / built.size(),
                built.stream().map(h -> h.getString("_id")).sorted().toList(), basis);
    }

    private Evidence count(String collection, Criteria criteria, String basis) {
        Query query = Query.query(criteria);
        query.fields().include("_id");
        List<String> ids = mongo.find(query, Document.class, collection).stream()
                .map(document -> String.valueOf(document.get("_id"))).sorted().toList();
        return Evidence.measured(ids.size(), ids, basis);
    }

    /** Facts carry the party in {@code town} or {@code department}, like the events they come from. */
    private static Criteria ofParty(ResponsibleParty party) {
        return Criteria.where(party.kind() == PartyKind.TOWN ? "town" : "department").is(party.code());
    }

    private static java.time.Instant start(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(COUNTY).toInstant();
    }
}
