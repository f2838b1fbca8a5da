package org.firegov.bench.scenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.firegov.bench.harness.Context;
import org.firegov.bench.harness.Load;
import org.firegov.bench.harness.Row;
import org.firegov.bench.harness.Stats;

/**
 * The committee's view ({@code GET /api/accountability/open-hazards}) over a generated county, against the same
 * aggregations run straight on the Mongo-wire server (the database's share of the cost).
 *
 * <p>Data generator: {@code units} units spread over the county's towns and departments and {@code hazards} hazard
 * facts (70 % open, 5 % major), written <b>directly</b> into accountability's read model ({@code hazard_facts}, the
 * documents its Kafka consumer writes), because pushing a million hazards through the write path would take hours
 * on this machine. Only what is missing is added, so a kept data dir is reused.
 */
public final class Dashboard implements Scenario {

    static final String[] TOWNS = {"fenghuang", "xiabao", "tongcheng", "dahe", "yulin", "bailu", "hongchiba",
            "baiyang", "zhaojia"};
    static final String[] DEPARTMENTS = {"education", "civil-affairs", "culture-tourism", "health",
            "development-reform", "planning", "housing", "market-regulation", "commerce", "ethnic-religious",
            "emergency", "police"};

    @Override
    public String name() {
        return "dashboard";
    }

    @Override
    public List<Row> run(Context c) {
        try (MongoClient mongo = MongoClients.create(c.target.mongoUri())) {
            MongoCollection<Document> facts = mongo.getDatabase("accountability").getCollection("hazard_facts");
            Row generated = generate(facts, c.options.dashboardUnits(), c.options.dashboardHazards());
            String view = c.target.gateway() + "/api/accountability/open-hazards";
            Stats[] s = Load.compare(
                    n -> c.http.get(view, c.committee).status() == 200,
                    n -> direct(facts),
                    2, c.options.warmup(), c.options.measure(), c.options.rounds());
            long total = facts.countDocuments();
            // the fix of docs/benchmarks.md, measured every run: one pass over the facts instead of one per breakdown
            Stats[] plan = Load.compare(n -> onePass(facts), n -> direct(facts), 1, c.options.warmup(),
                    c.options.measure(), c.options.rounds());
            return List.of(generated, new Row("dashboard: committee view", "gateway → accountability", s[0],
                    "two aggregations on Mongo", s[1], "p99 ≤ 50 ms @ 1M",
                    String.format(Locale.ROOT, "%,d hazard facts, %,d units; 2 concurrent readers", total,
                            c.options.dashboardUnits())),
                    new Row("dashboard: Mongo query plan", "one $group by (town, department)", plan[0],
                            "one $group per breakdown (before)", plan[1], null, "1 reader, straight on Mongo"));
        }
    }

    private static boolean direct(MongoCollection<Document> facts) {
        for (String field : List.of("town", "department")) {
            List<Bson> pipeline = List.of(Aggregates.match(Filters.eq("open", true)),
                    Aggregates.group("$" + field, Accumulators.sum("open", 1),
                            Accumulators.sum("major", new Document("$cond", List.of(new Document("$eq",
                                    List.of("$major", true)), 1, 0)))),
                    Aggregates.sort(Sorts.ascending("_id")));
            facts.aggregate(pipeline).into(new ArrayList<>());
        }
        return true;
    }

    /** The view's query since the fix: both breakdowns from one aggregation. */
    private static boolean onePass(MongoCollection<Document> facts) {
        facts.aggregate(List.of(Aggregates.match(Filters.eq("open", true)),
                Aggregates.group(new Document("town", "$town").append("department", "$department"),
                        Accumulators.sum("open", 1), Accumulators.sum("major", new Document("$cond",
                                List.of(new Document("$eq", List.of("$major", true)), 1, 0))))))
                .into(new ArrayList<>());
        return true;
    }

    static Row generate(MongoCollection<Document> facts, int units, long hazards) {
        long existing = facts.countDocuments(Filters.eq("bench", true));
        long missing = hazards - existing;
        if (missing <= 0) {
            return new Row("dashboard: data generator", "kept from an earlier run", null, null, null, null,
                    String.format(Locale.ROOT, "%,d generated hazard facts present", existing));
        }
        Random random = new Random(existing);
        Instant now = Instant.now();
        long t0 = System.nanoTime();
        List<Document> batch = new ArrayList<>(1000);
        for (long i = 0; i < missing; i++) {
            int unit = random.nextInt(units);
            boolean open = random.nextInt(10) < 7;
            Instant reported = now.minusSeconds(random.nextInt(3 * 365 * 86_400));
            batch.add(new Document("_id", UUID.randomUUID().toString())
                    .append("unitId", String.format(Locale.ROOT, "91500238BENCH%05d", unit))
                    .append("town", TOWNS[unit % TOWNS.length])
                    .append("department", DEPARTMENTS[(unit / TOWNS.length) % DEPARTMENTS.length])
                    .append("major", random.nextInt(20) == 0)
                    .append("open", open)
                    .append("reportedAt", Date.from(reported))
                    .append("closedAt", open ? null : Date.from(reported.plusSeconds(86_400)))
                    .append("bench", true));
            if (batch.size() == 1000) {
                facts.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            facts.insertMany(batch);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Row("dashboard: data generator", "insertMany into hazard_facts", Stats.rate(missing, seconds),
                null, null, null, "direct into accountability's read model (not the write path)");
    }
}
