package org.firegov.bench.scenario;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.firegov.bench.harness.Context;
import org.firegov.bench.harness.Http;
import org.firegov.bench.harness.Row;
import org.firegov.bench.harness.Stats;
import org.firegov.localstack.LocalStack;

/**
 * Drops and rebuilds inspection's {@code hazards} read model by replay ({@code POST /actuator/readmodels/hazards},
 * the kit's ReadModelReplay) and measures events per second until the processor has caught up again.
 *
 * <p>Loader: with a stack it started, the harness stops inspection, clones a real {@code HazardReported} event
 * (written earlier through the write path) <b>directly into the event store</b> until it holds N events (new
 * aggregate and event ids, the hazard id in the payload replaced), moves every processor's token past them (so
 * neither the Kafka publisher nor the projections process them as new), and starts inspection again. Attached to a
 * running stack, it replays whatever the store holds.
 */
public final class Replay implements Scenario {

    private static final String GROUP = "hazards";
    private static final Pattern INDEX = Pattern.compile("\"index\"\\s*:\\s*\\d+");

    @Override
    public String name() {
        return "replay";
    }

    @Override
    public List<Row> run(Context c) throws Exception {
        String endpoint = c.target.service("inspection") + "/actuator/readmodels";
        if (c.http.get(endpoint, c.brigade).status() != 200) {
            return List.of(Row.unavailable("replay", "inspection does not expose /actuator/readmodels (attached "
                    + "stack started without MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE=health,info,readmodels)"));
        }
        List<Row> rows = new ArrayList<>();
        String jdbc = c.target.jdbcUrl("inspection");
        long events = count(jdbc);
        long wanted = c.options.replayEvents();
        if (events < wanted && c.target.owned()) {
            c.target.stack().stopService("inspection");
            long t0 = System.nanoTime();
            long added = load(jdbc, wanted - events);
            rows.add(new Row("replay: event loader", "cloned events into the event store",
                    Stats.rate(added, (System.nanoTime() - t0) / 1e9), null, null, null,
                    "direct JDBC batch insert; tokens moved past them"));
            c.target.stack().startService("inspection");
            events = count(jdbc);
        }
        long hazards = count(jdbc, "payloadtype LIKE '%HazardReported'");
        Http.Response started = c.http.postJson(endpoint + "/" + GROUP, c.brigade, "{}");
        // inspection was killed to load the events: its old claim on the read model holds until it times out (10 s)
        for (int tries = 0; started.status() == 409 && tries < 60; tries++) {
            Thread.sleep(1_000);
            started = c.http.postJson(endpoint + "/" + GROUP, c.brigade, "{}");
        }
        if (!started.ok()) {
            throw new IllegalStateException("replay not started: " + started.status() + " " + started.body());
        }
        long t0 = System.nanoTime();   // the rebuild began with the accepted request (a few ms ago)
        long deadline = t0 + 3_600_000_000_000L;
        while (System.nanoTime() < deadline) {
            Thread.sleep(100);
            String body = c.http.get(endpoint, c.brigade).body();
            String hazardsStatus = body.substring(body.indexOf("\"" + GROUP + "\""));
            hazardsStatus = hazardsStatus.substring(0, hazardsStatus.indexOf('}'));
            if (hazardsStatus.contains("\"replaying\":false") && hazardsStatus.contains("\"caughtUp\":true")) {
                break;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        rows.add(new Row("replay: hazards read model", "drop + rebuild from the event store",
                Stats.rate(events, seconds), null, null, "≥ 20,000 events/s",
                String.format(Locale.ROOT, "%,d events in the store, %,d of them hazard reports", events,
                        hazards)));
        return rows;
    }

    private static Connection connect(String jdbc) throws SQLException {
        return DriverManager.getConnection(jdbc + "?reWriteBatchedInserts=true", LocalStack.DB_USER,
                LocalStack.DB_PASSWORD);
    }

    private static long count(String jdbc) throws SQLException {
        return count(jdbc, "true");
    }

    private static long count(String jdbc, String where) throws SQLException {
        try (Connection c = connect(jdbc); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM domainevententry WHERE " + where)) {
            r.next();
            return r.getLong(1);
        }
    }

    static long load(String jdbc, long n) throws SQLException {
        try (Connection c = connect(jdbc)) {
            c.setAutoCommit(false);
            String templateId;
            String type;
            String timestamp;
            String payloadType;
            String revision;
            String payload;
            byte[] metadata;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT aggregateidentifier, "
                    + "type, timestamp, payloadtype, payloadrevision, payload, metadata FROM domainevententry "
                    + "WHERE payloadtype LIKE '%HazardReported' ORDER BY globalindex DESC LIMIT 1")) {
                if (!r.next()) {
                    throw new IllegalStateException("no HazardReported event to clone: run the write scenario first");
                }
                templateId = r.getString(1);
                type = r.getString(2);
                timestamp = r.getString(3);
                payloadType = r.getString(4);
                revision = r.getString(5);
                payload = new String(r.getBytes(6), StandardCharsets.UTF_8);
                metadata = r.getBytes(7);
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO domainevententry (eventidentifier, "
                    + "aggregateidentifier, sequencenumber, type, timestamp, payloadtype, payloadrevision, "
                    + "payload, metadata) VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?)")) {
                for (long i = 0; i < n; i++) {
                    String id = UUID.randomUUID().toString();
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, id);
                    insert.setString(3, type);
                    insert.setString(4, timestamp);
                    insert.setString(5, payloadType);
                    insert.setString(6, revision);
                    insert.setBytes(7, payload.replace(templateId, id).getBytes(StandardCharsets.UTF_8));
                    insert.setBytes(8, metadata);
                    insert.addBatch();
                    if (i % 2000 == 1999) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
                insert.executeBatch();
            }
            moveTokensToHead(c);
            c.commit();
            return n;
        }
    }

    /** Every processor (projections and the Kafka publisher) continues after the cloned events. */
    private static void moveTokensToHead(Connection c) throws SQLException {
        long head;
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT max(globalindex) FROM domainevententry")) {
            r.next();
            head = r.getLong(1);
        }
        List<Object[]> updates = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT processorname, segment, token, "
                + "tokentype FROM tokenentry WHERE token IS NOT NULL")) {
            while (r.next()) {
                String type = r.getString(4);
                String token = new String(r.getBytes(3), StandardCharsets.UTF_8);
                if (type == null || !type.endsWith("GapAwareTrackingToken")) {
                    throw new IllegalStateException("processor " + r.getString(1) + " has a " + type
                            + "; expected a GapAwareTrackingToken (is a replay still running?)");
                }
                Matcher m = INDEX.matcher(token);
                updates.add(new Object[] {m.replaceFirst("\"index\":" + head), r.getString(1), r.getInt(2)});
            }
        }
        try (PreparedStatement u = c.prepareStatement(
                "UPDATE tokenentry SET token = ? WHERE processorname = ? AND segment = ?")) {
            for (Object[] update : updates) {
                u.setBytes(1, ((String) update[0]).getBytes(StandardCharsets.UTF_8));
                u.setString(2, (String) update[1]);
                u.setInt(3, (Integer) update[2]);
                u.executeUpdate();
            }
        }
    }
}
