package org.firegov.inspection.selfinspection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.inspection.selfinspection.SelfInspectionCommands.RecordMissedHalfYear;
import org.firegov.inspection.unit.UnitView;
import org.firegov.kit.axon.ScheduledCommands;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 每半年开展一次消防安全自查 — once a half year is over, records each active unit, registered before it ended, that
 * submitted no self-inspection for any of its months. From the read models; {@link MissedHalfYear}'s id follows
 * from unit and half year, so a unit is recorded once per half year across runs, instances and restarts.
 */
@Component
class MissedHalfYearCheck {

    static final String ACTOR = "self-inspection-check";
    private static final ZoneId COUNTY_TIME = ZoneId.of("Asia/Shanghai");

    private final MongoTemplate mongo;
    private final ScheduledCommands check;

    MissedHalfYearCheck(MongoTemplate mongo, CommandGateway commands) {
        this.mongo = mongo;
        this.check = new ScheduledCommands(commands, ACTOR);
    }

    @Scheduled(fixedDelayString = "${firegov.inspection.self-inspection-check-interval:PT1H}",
            initialDelayString = "${firegov.inspection.self-inspection-check-interval:PT1H}")
    void scheduled() {
        record(HalfYear.lastEndedBefore(LocalDate.now(COUNTY_TIME)), LocalDate.now(COUNTY_TIME));
    }

    /** @return how many units were newly recorded as having missed {@code half} */
    int record(HalfYear half, LocalDate today) {
        if (!half.isOverOn(today)) {
            return 0;   // nobody has missed a half year that is still running (the aggregate refuses it, too)
        }
        Instant end = half.end().atStartOfDay(COUNTY_TIME).toInstant();
        List<UnitView> active = mongo.find(Query.query(Criteria.where("status").ne(UnitView.Status.CLOSED.name())
                .and("registeredAt").lt(end)), UnitView.class, UnitView.COLLECTION);
        Set<String> submitted = ids(SelfInspectionView.COLLECTION, "unitId",
                Criteria.where("period").in(half.months()));
        Set<String> recorded = ids(MissedHalfYearView.COLLECTION, "unitId",
                Criteria.where("half").is(half.toString()));
        List<UnitView> missed = active.stream()
                .filter(unit -> !submitted.contains(unit.unitId()) && !recorded.contains(unit.unitId())).toList();
        return check.sendEach(missed, unit -> new RecordMissedHalfYear(MissedHalfYear.idOf(unit.unitId(),
                half.toString()), unit.unitId(), unit.town(), unit.department(), half.toString(), today));
    }

    private Set<String> ids(String collection, String field, Criteria criteria) {
        return mongo.findDistinct(Query.query(criteria), field, collection, String.class).stream()
                .collect(Collectors.toSet());
    }
}
