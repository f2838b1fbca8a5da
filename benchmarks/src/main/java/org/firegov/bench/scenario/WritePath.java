package org.firegov.bench.scenario;

import java.util.List;

import org.firegov.bench.harness.Context;
import org.firegov.bench.harness.Load;
import org.firegov.bench.harness.Row;
import org.firegov.bench.harness.Stats;

/**
 * Hazard reports through the gateway (JWT check → inspection → Axon → PostgreSQL event store) against the baseline
 * app's plain JPA insert of the same record into the same PostgreSQL, behind the same gateway with the same token.
 */
public final class WritePath implements Scenario {

    @Override
    public String name() {
        return "write";
    }

    @Override
    public List<Row> run(Context c) {
        String subject = c.target.gateway() + "/api/inspection/hazards";
        String baseline = c.target.gateway() + "/api/bench-baseline/hazards";
        if (c.http.postJson(baseline, c.brigade, c.hazardReport(0)).status() != 201) {
            return List.of(Row.unavailable("write path", "the gateway has no baseline route (attached stack "
                    + "started without FIREGOV_GATEWAY_BENCHMARK_BASELINE_URI; see benchmarks/README.md)"));
        }
        Stats[] s = Load.compare(
                n -> c.http.postJson(subject, c.brigade, c.hazardReport(n)).status() == 201,
                n -> c.http.postJson(baseline, c.brigade, c.hazardReport(n)).status() == 201,
                c.options.concurrency(), c.options.warmup(), c.options.measure(), c.options.rounds());
        return List.of(new Row("write path: POST hazard", "gateway → inspection (Axon)", s[0],
                "gateway → Spring Boot + JPA", s[1], "≥ 0.60×",
                c.options.concurrency() + " concurrent callers, " + c.options.rounds() + " alternating rounds"));
    }
}
