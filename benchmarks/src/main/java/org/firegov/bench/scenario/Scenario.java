package org.firegov.bench.scenario;

import java.util.List;

import org.firegov.bench.harness.Context;
import org.firegov.bench.harness.Row;

/** One benchmark: measures, and returns its rows (subject beside baseline where it has one). */
public interface Scenario {

    String name();

    List<Row> run(Context context) throws Exception;
}
