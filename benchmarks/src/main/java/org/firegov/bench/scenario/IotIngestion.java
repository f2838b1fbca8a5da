package org.firegov.bench.scenario;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.firegov.bench.harness.Context;
import org.firegov.bench.harness.Http;
import org.firegov.bench.harness.Row;
import org.firegov.bench.harness.Stats;
import org.firegov.events.IntegrationEvents;
import org.firegov.events.iot.DeviceSignalV1;
import org.firegov.events.iot.IotEvents;

/**
 * The county IoT platform's side: {@code DeviceSignalV1} as CloudEvents (binary mode, key = device id) on
 * {@code firegov.iot.signal} at full speed. Measures signals per second consumed by inspection (its consumer
 * group's committed offsets, via AdminClient) and, one by one, how long a smoke alarm takes to show in
 * {@code GET /api/inspection/iot/alarms}. Reports "not available" while inspection has no alarms endpoint.
 */
public final class IotIngestion implements Scenario {

    static final String GROUP = "firegov-inspection";
    private static final int DEVICES = 10_000;
    private static final int ALARM_PROBES = 20;

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Override
    public String name() {
        return "iot";
    }

    @Override
    public List<Row> run(Context c) throws Exception {
        String alarms = c.target.service("inspection") + "/api/inspection/iot/alarms";
        int probe = c.http.get(alarms, c.brigade).status();
        if (probe != 200) {
            return List.of(Row.unavailable("IoT ingestion", "inspection has no IoT consumer yet (GET "
                    + "/api/inspection/iot/alarms → " + probe + ")"));
        }
        List<Row> rows = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = producer(c); Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, c.target.kafkaBootstrap()))) {
            long signals = c.options.iotSignals();
            long consumedBefore = consumed(admin);
            AtomicLong failed = new AtomicLong();
            long t0 = System.nanoTime();
            for (long i = 0; i < signals; i++) {
                int device = (int) (i % DEVICES);
                boolean heartbeat = i % 4 != 0;
                producer.send(signal(c.units().get(device % c.units().size()), "bench-dev-" + device,
                        heartbeat ? "HEARTBEAT" : "WATER_PRESSURE", heartbeat ? 0 : 0.35),
                        (meta, e) -> {
                            if (e != null) {
                                failed.incrementAndGet();
                            }
                        });
            }
            producer.flush();
            double produceSeconds = (System.nanoTime() - t0) / 1e9;
            rows.add(new Row("IoT: produce signals", "producer → Kafka", Stats.rate(signals - failed.get(),
                    produceSeconds), null, null, null, "acks=1, linger 10 ms; " + failed.get() + " failed"));

            long done = consumedBefore + signals - failed.get();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
            long consumed = consumedBefore;
            while (System.nanoTime() < deadline && (consumed = consumed(admin)) < done) {
                Thread.sleep(250);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            rows.add(new Row("IoT ingestion: signals consumed", "Kafka → inspection",
                    Stats.rate(consumed - consumedBefore, seconds), null, null, "≥ 20,000 signals/s",
                    "from first send to committed offsets" + (consumed < done ? "; NOT caught up in 10 min" : "")));

            Histogram latency = Stats.newHistogram();
            int missed = 0;
            for (int p = 0; p < ALARM_PROBES; p++) {
                String device = "bench-smoke-" + UUID.randomUUID();
                long sent = System.nanoTime();
                producer.send(signal(c.units().get(p % c.units().size()), device, "SMOKE", 1)).get();
                if (awaitAlarm(c, alarms, device)) {
                    latency.recordValue((System.nanoTime() - sent) / 1000);
                } else {
                    missed++;
                }
            }
            rows.add(new Row("IoT: smoke alarm detection", "signal → GET alarms", Stats.of(latency, missed, 0),
                    null, null, null, ALARM_PROBES + " probes one at a time, idle pipeline; poll every 20 ms"));
        }
        return rows;
    }

    private static boolean awaitAlarm(Context c, String alarms, String device) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Http.Response r = c.http.get(alarms + "?deviceId=" + device, c.brigade);
            if (r.body().contains(device)) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** Committed offsets of inspection's consumer group on the signal topic, summed over partitions. */
    private static long consumed(Admin admin) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(GROUP)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        return offsets.entrySet().stream().filter(e -> e.getKey().topic().equals(IotEvents.SIGNAL_TOPIC))
                .filter(e -> e.getValue() != null).mapToLong(e -> e.getValue().offset()).sum();
    }

    private org.apache.kafka.clients.producer.ProducerRecord<String, byte[]> signal(String unit, String device,
                                                                                    String kind, double value) {
        DeviceSignalV1 signal = new DeviceSignalV1(device, unit, kind, value, Instant.now());
        try {
            CloudEvent event = CloudEventBuilder.v1()
                    .withId(UUID.randomUUID().toString())
                    .withSource(URI.create("/iot-platform/benchmark"))
                    .withType(IntegrationEvents.typeOf(DeviceSignalV1.class))
                    .withSubject(device)
                    .withTime(signal.measuredAt().atOffset(ZoneOffset.UTC))
                    .withDataContentType("application/json")
                    .withData(json.writeValueAsBytes(signal))
                    .build();
            return KafkaMessageFactory.createWriter(IotEvents.SIGNAL_TOPIC, device).writeBinary(event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KafkaProducer<String, byte[]> producer(Context c) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, c.target.kafkaBootstrap());
        p.put(ProducerConfig.ACKS_CONFIG, "1");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "10");
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "false");
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "bench-iot-platform");
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }
}
