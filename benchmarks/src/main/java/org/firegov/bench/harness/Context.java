package org.firegov.bench.harness;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What every scenario needs: the target, HTTP, real tokens, the options, and registered units to report on. */
public final class Context {

    private static final Pattern UNIT_ID = Pattern.compile("\"(?:creditCode|unitId|id)\"\\s*:\\s*\"([0-9A-Z]{18})\"");

    public final Target target;
    public final Http http;
    public final Options options;
    public final Supplier<String> brigade;
    public final Supplier<String> committee;
    public final String baselineUrl;
    private final List<String> units;

    public Context(Target target, Http http, Options options, Tokens tokens, String baselineUrl) {
        this.target = target;
        this.http = http;
        this.options = options;
        this.brigade = tokens.of("brigade1");
        this.committee = tokens.of("committee1");
        this.baselineUrl = baselineUrl;
        this.units = registeredUnits();
    }

    /** The seeded demo units (inspection's UnitSeed), read through the API as the brigade sees them. */
    private List<String> registeredUnits() {
        Http.Response r = http.get(target.gateway() + "/api/inspection/units?status=ACTIVE&size=200", brigade);
        if (!r.ok()) {
            throw new IllegalStateException("cannot list units: " + r.status() + " " + r.body());
        }
        Matcher m = UNIT_ID.matcher(r.body());
        List<String> found = m.results().map(x -> x.group(1)).distinct().toList();
        if (found.isEmpty()) {
            throw new IllegalStateException("no registered unit to report hazards on (inspection's demo seed off?)");
        }
        return found;
    }

    public List<String> units() {
        return units;
    }

    public String anyUnit() {
        return units.get(ThreadLocalRandom.current().nextInt(units.size()));
    }

    /** The body of a hazard report, identical for inspection and the baseline. */
    public String hazardReport(int n) {
        return "{\"unitId\":\"" + anyUnit() + "\",\"description\":\"benchmark: 疏散通道堵塞 #" + n
                + "\",\"source\":\"INSPECTION\",\"major\":" + (n % 20 == 0) + "}";
    }
}
