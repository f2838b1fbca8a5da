package org.firegov.training.volunteer;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.firegov.training.party.Party;
import org.firegov.training.party.PartyType;
import org.firegov.training.volunteer.VolunteerEvents.ActivityLogged;
import org.firegov.training.volunteer.VolunteerEvents.TeamRegistered;
import org.firegov.training.volunteer.VolunteerEvents.VolunteerEnrolled;
import org.firegov.training.volunteer.VolunteerEvents.VolunteerRetired;
import org.firegov.training.volunteer.VolunteerViews.Activity;
import org.firegov.training.volunteer.VolunteerViews.Member;
import org.firegov.training.volunteer.VolunteerViews.Team;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Keeps {@code volunteer_teams}, {@code volunteer_members} and {@code volunteer_activities}; rebuilt on replay. */
@Component
@ProcessingGroup(VolunteerProjection.GROUP)
class VolunteerProjection {

    static final String GROUP = "volunteers";

    private final MongoTemplate mongo;

    VolunteerProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(TeamRegistered e, @Timestamp Instant at) {
        mongo.save(new Team(e.teamId(), e.name(), e.town(), e.organiser().type(), e.organiser().code(),
                departmentOf(e.organiser()), 0, 0, 0, e.demo(), at), Team.COLLECTION);
    }

    @EventHandler
    void on(VolunteerEnrolled e) {
        Team team = mongo.findById(e.teamId(), Team.class, Team.COLLECTION);
        mongo.save(new Member(Member.idOf(e.teamId(), e.memberId()), e.teamId(), team.town(), team.department(),
                e.memberId(), e.name(), e.joinedOn(), null, 0, 0), Member.COLLECTION);
        mongo.updateFirst(byId(e.teamId()), new Update().inc("activeMembers", 1), Team.COLLECTION);
    }

    @EventHandler
    void on(VolunteerRetired e) {
        mongo.updateFirst(byId(Member.idOf(e.teamId(), e.memberId())), Update.update("leftOn", e.leftOn()),
                Member.COLLECTION);
        mongo.updateFirst(byId(e.teamId()), new Update().inc("activeMembers", -1), Team.COLLECTION);
    }

    @EventHandler
    void on(ActivityLogged e) {
        mongo.save(new Activity(e.activityId(), e.teamId(), e.town(), departmentOf(e.organiser()), e.title(),
                e.heldOn(), e.heldOn().getYear(), e.hours(), e.memberIds().size(), e.serviceHours(), e.demo()),
                Activity.COLLECTION);
        mongo.updateMulti(Query.query(Criteria.where("_id").in(e.memberIds().stream()
                        .map(member -> Member.idOf(e.teamId(), member)).toList())),
                new Update().inc("activities", 1).inc("serviceHours", e.hours()), Member.COLLECTION);
        mongo.updateFirst(byId(e.teamId()), new Update().inc("activities", 1).inc("serviceHours", e.serviceHours()),
                Team.COLLECTION);
    }

    static String departmentOf(Party organiser) {
        return organiser.type() == PartyType.DEPARTMENT ? organiser.code() : null;
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(Team.COLLECTION);
        mongo.dropCollection(Member.COLLECTION);
        mongo.dropCollection(Activity.COLLECTION);
    }
}
