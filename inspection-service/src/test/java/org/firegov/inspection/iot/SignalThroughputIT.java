package org.firegov.inspection.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.firegov.events.iot.DeviceSignalV1;
import org.firegov.inspection.InspectionApi;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * The intake keeps up with a county's worth of devices: 20,000 signals queued while the listener is stopped are
 * ingested (device states written, the alarms among them raised) within a bound, and the rate is logged.
 */
@FireGovServiceTest
class SignalThroughputIT {

    private static final Logger log = LoggerFactory.getLogger(SignalThroughputIT.class);
    private static final int SIGNALS = 20_000;
    private static final int DEVICES = 1_000;

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    ObjectMapper json;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    @Qualifier("integrationEventBatchListener")
    MessageListenerContainer listener;

    @Test
    void twenty_thousand_queued_signals_are_ingested_in_seconds_with_one_alarm_per_alarming_device() throws Exception {
        InspectionApi api = new InspectionApi(port);
        List<String> units = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            units.add(api.registerUnit("fenghuang", "housing", "KEY", List.of("HIGH_RISE")));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> units.stream()
                .allMatch(unit -> api.get("/api/inspection/units/" + unit, Tokens.brigade()).status() == 200));
        String run = UUID.randomUUID().toString().substring(0, 8);
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        listener.stop();
        Signals signals = new Signals(kafka, json);
        List<CompletableFuture<?>> sent = new ArrayList<>();
        for (int i = 0; i < SIGNALS; i++) {
            int device = i % DEVICES;
            // every 100th device is a smoke detector in alarm; the others send heartbeats and pressure readings
            DeviceSignalV1 signal = device % 100 == 0
                    ? new DeviceSignalV1(run + "-" + device, units.get(device % 10), "SMOKE", 1, start.plusMillis(i))
                    : new DeviceSignalV1(run + "-" + device, units.get(device % 10),
                    i % 2 == 0 ? "HEARTBEAT" : "WATER_PRESSURE", 0.4, start.plusMillis(i));
            sent.add(signals.send(signal));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get();

        long began = System.nanoTime();
        listener.start();
        Query lastSignals = Query.query(Criteria.where("_id").regex("^" + run)
                .and("lastSeenAt").gte(start.plusMillis(SIGNALS - DEVICES)));
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(200))
                .until(() -> mongo.count(lastSignals, DeviceView.COLLECTION) == DEVICES);
        double seconds = (System.nanoTime() - began) / 1e9;
        log.info("Ingested {} signals from {} devices in {} s: {} signals/s", SIGNALS, DEVICES,
                String.format("%.2f", seconds), Math.round(SIGNALS / seconds));

        await().atMost(Duration.ofSeconds(60)).until(() -> mongo.count(Query.query(Criteria.where("deviceId")
                .regex("^" + run)), AlarmView.COLLECTION) == DEVICES / 100);
        assertThat(seconds).isLessThan(120); // generous: the machine running the tests is shared
    }
}
