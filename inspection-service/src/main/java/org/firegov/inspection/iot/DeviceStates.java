package org.firegov.inspection.iot;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PreDestroy;

import org.firegov.events.iot.DeviceSignalV1;
import org.firegov.inspection.iot.UnitDirectory.UnitScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The {@code iot_devices} collection: the latest state of each device, merged in memory across signal batches and
 * written every {@code state-flush-interval} in one bulk upsert (one write per device, however many signals it
 * sent), and the offline bookkeeping.
 */
@Component
class DeviceStates {

    /** A device's latest signal in a batch and the unit it reported from. */
    record Latest(DeviceSignalV1 signal, UnitScope unit) {
    }

    private static final Logger log = LoggerFactory.getLogger(DeviceStates.class);

    private final MongoTemplate mongo;
    private Map<String, Latest> pending = new HashMap<>();

    DeviceStates(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Called from the Kafka thread: only merges into memory, so the intake never waits for MongoDB. */
    void merge(Collection<Latest> devices) {
        synchronized (this) {
            devices.forEach(latest -> pending.put(latest.signal().deviceId(), latest));
        }
    }

    /**
     * Writes the states merged since the last flush in one bulk upsert. {@code lastSeenAt} only moves forward, so a
     * re-delivered batch is harmless; a crash loses at most one interval of states (never an alarm).
     */
    @Scheduled(fixedDelayString = "${firegov.inspection.iot.state-flush-interval}")
    @PreDestroy
    void flush() {
        Map<String, Latest> devices;
        synchronized (this) {
            if (pending.isEmpty()) {
                return;
            }
            devices = pending;
            pending = new HashMap<>();
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, DeviceView.COLLECTION);
        for (Latest latest : devices.values()) {
            DeviceSignalV1 signal = latest.signal();
            bulk.upsert(byId(signal.deviceId()), new Update()
                    .set("unitId", latest.unit().unitId())
                    .set("town", latest.unit().town())
                    .set("department", latest.unit().department())
                    .max("lastSeenAt", signal.measuredAt())
                    .set("lastKind", signal.kind())
                    .set("lastValue", signal.value())
                    .setOnInsert("offline", false));
        }
        try {
            bulk.execute();
        } catch (RuntimeException failure) {
            synchronized (this) {
                devices.forEach(pending::putIfAbsent); // newer states merged meanwhile win
            }
            log.warn("could not write {} device states; will retry", devices.size(), failure);
        }
    }

    /** Devices heard from before {@code silentSince} and not yet marked offline. */
    List<DeviceView> silentSince(Instant silentSince, int limit) {
        return mongo.find(Query.query(Criteria.where("lastSeenAt").lt(silentSince).and("offline").is(false))
                .limit(limit), DeviceView.class, DeviceView.COLLECTION);
    }

    /** Offline devices that spoke again since they were marked. */
    List<DeviceView> backOnline() {
        return mongo.find(Query.query(Criteria.where("offline").is(true)), DeviceView.class,
                DeviceView.COLLECTION).stream()
                .filter(device -> device.lastSeenAt().isAfter(device.offlineSince()))
                .toList();
    }

    void markOffline(String deviceId, Instant since) {
        mongo.updateFirst(byId(deviceId), new Update().set("offline", true).set("offlineSince", since),
                DeviceView.COLLECTION);
    }

    void markOnline(String deviceId) {
        mongo.updateFirst(byId(deviceId), new Update().set("offline", false).unset("offlineSince"),
                DeviceView.COLLECTION);
    }

    private static Query byId(String deviceId) {
        return Query.query(Criteria.where("_id").is(deviceId));
    }
}
