package org.firegov.bench.scenario;

import java.util.List;

import org.firegov.bench.harness.Context;
import org.firegov.bench.harness.Load;
import org.firegov.bench.harness.Row;
import org.firegov.bench.harness.Stats;

/** A trivial authenticated GET (one unit by id) through the gateway against the same GET straight to the service. */
public final class GatewayOverhead implements Scenario {

    @Override
    public String name() {
        return "gateway";
    }

    @Override
    public List<Row> run(Context c) {
        String path = "/api/inspection/units/" + c.units().get(0);
        String viaGateway = c.target.gateway() + path;
        String direct = c.target.service("inspection") + path;
        Stats[] s = Load.compare(
                n -> c.http.get(viaGateway, c.brigade).status() == 200,
                n -> c.http.get(direct, c.brigade).status() == 200,
                c.options.concurrency(), c.options.warmup(), c.options.measure(), c.options.rounds());
        return List.of(new Row("gateway: GET unit", "through the gateway", s[0], "straight to inspection", s[1],
                "≥ 0.50×", "same token, same JWT check in the service"));
    }
}
