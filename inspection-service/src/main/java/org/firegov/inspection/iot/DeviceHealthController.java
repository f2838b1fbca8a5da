package org.firegov.inspection.iot;

import java.time.Instant;
import java.util.List;

import org.firegov.inspection.unit.UnitView;
import org.firegov.kit.domain.NotFound;
import org.firegov.kit.readmodel.ScopeFilter;
import org.firegov.kit.security.Actor;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A unit's IoT device health (设备运行状态): its devices, which are online, its open and false alarms. */
@RestController
class DeviceHealthController {

    private static final ScopeFilter UNIT_SCOPE = new ScopeFilter("town", "department", "_id");

    private final MongoTemplate mongo;
    private final IotProperties properties;

    DeviceHealthController(MongoTemplate mongo, IotProperties properties) {
        this.mongo = mongo;
        this.properties = properties;
    }

    record Device(String deviceId, Instant lastSeenAt, String lastKind, double lastValue, boolean online) {
    }

    record UnitDeviceHealth(String unitId, int devices, int online, long openAlarms, long falseAlarms,
                            List<Device> deviceStates) {
    }

    @GetMapping("/api/inspection/iot/units/{unitId}/devices")
    UnitDeviceHealth health(Actor actor, @PathVariable String unitId) {
        if (!mongo.exists(UNIT_SCOPE.query(actor, Criteria.where("_id").is(unitId)), UnitView.COLLECTION)) {
            throw new NotFound("unit", unitId);
        }
        Instant onlineSince = Instant.now().minus(properties.offlineAfter());
        List<Device> devices = mongo.find(Query.query(Criteria.where("unitId").is(unitId))
                        .with(Sort.by("_id")), DeviceView.class, DeviceView.COLLECTION).stream()
                .map(d -> new Device(d.deviceId(), d.lastSeenAt(), d.lastKind(), d.lastValue(),
                        !d.offline() && d.lastSeenAt().isAfter(onlineSince)))
                .toList();
        long open = mongo.count(Query.query(Criteria.where("unitId").is(unitId)
                .and("status").ne(AlarmView.Status.RESOLVED)), AlarmView.COLLECTION);
        long falseAlarms = mongo.count(Query.query(Criteria.where("unitId").is(unitId)
                .and("verdict").is(AlarmVerdict.FALSE_ALARM)), AlarmView.COLLECTION);
        return new UnitDeviceHealth(unitId, devices.size(), (int) devices.stream().filter(Device::online).count(),
                open, falseAlarms, devices);
    }
}
