package org.firegov.training.volunteer;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.domain.NotFound;
import org.firegov.training.party.NotTheOrganiser;
import org.firegov.training.party.Party;
import org.firegov.training.party.PartyType;
import org.firegov.training.volunteer.VolunteerCommands.EnrolVolunteer;
import org.firegov.training.volunteer.VolunteerCommands.LogActivity;
import org.firegov.training.volunteer.VolunteerCommands.RegisterTeam;
import org.firegov.training.volunteer.VolunteerCommands.RetireVolunteer;
import org.firegov.training.volunteer.VolunteerEvents.ActivityLogged;
import org.firegov.training.volunteer.VolunteerEvents.TeamRegistered;
import org.firegov.training.volunteer.VolunteerEvents.VolunteerEnrolled;
import org.firegov.training.volunteer.VolunteerEvents.VolunteerRetired;
import org.junit.jupiter.api.Test;

class VolunteerTeamTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Party XIABAO = new Party(PartyType.TOWN, "xiabao");
    private static final TeamRegistered TEAM = new TeamRegistered("t-1", "下堡镇消防志愿服务队", "xiabao", XIABAO, false);
    private static final VolunteerEnrolled LI = new VolunteerEnrolled("t-1", "v-1", "李四", TODAY.minusDays(30));
    private static final VolunteerEnrolled ZHAO = new VolunteerEnrolled("t-1", "v-2", "赵六", TODAY.minusDays(30));

    private final AggregateTestFixture<VolunteerTeam> fixture = new AggregateTestFixture<>(VolunteerTeam.class);

    @Test
    void a_town_registers_a_team_in_its_own_town_only() {
        fixture.givenNoPriorActivity()
                .when(new RegisterTeam("t-1", "下堡镇消防志愿服务队", "xiabao", XIABAO, false, XIABAO))
                .expectEvents(TEAM);
        fixture.givenNoPriorActivity()
                .when(new RegisterTeam("t-1", "x", "tongcheng", XIABAO, false, XIABAO))
                .expectException(NotTheOrganiser.class);
    }

    @Test
    void an_activity_credits_each_serving_member_with_its_hours() {
        fixture.given(TEAM, LI, ZHAO)
                .when(new LogActivity("t-1", "a-1", "入户宣传", TODAY.minusDays(1), 3, List.of("v-1", "v-2"), TODAY,
                        XIABAO))
                .expectEvents(new ActivityLogged("t-1", "a-1", "入户宣传", "xiabao", XIABAO, TODAY.minusDays(1), 3,
                        List.of("v-1", "v-2"), false));
    }

    @Test
    void only_active_members_listed_once_serve_in_a_past_activity_of_sensible_length() {
        fixture.given(TEAM, LI, ZHAO, new VolunteerRetired("t-1", "v-2", TODAY.minusDays(2)))
                .when(new LogActivity("t-1", "a-1", "x", TODAY, 3, List.of("v-1", "v-2"), TODAY, XIABAO))
                .expectException(BusinessRuleViolation.class).expectExceptionMessage(
                        org.hamcrest.Matchers.containsString("v-2")).expectNoEvents();
        fixture.given(TEAM, LI)
                .when(new LogActivity("t-1", "a-1", "x", TODAY, 3, List.of("v-1", "v-1"), TODAY, XIABAO))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
        fixture.given(TEAM, LI)
                .when(new LogActivity("t-1", "a-1", "x", TODAY.plusDays(1), 3, List.of("v-1"), TODAY, XIABAO))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
        fixture.given(TEAM, LI)
                .when(new LogActivity("t-1", "a-1", "x", TODAY, 25, List.of("v-1"), TODAY, XIABAO))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
    }

    @Test
    void a_member_joins_once_and_retires_once() {
        fixture.given(TEAM, LI)
                .when(new EnrolVolunteer("t-1", "v-1", "李四", TODAY, TODAY, XIABAO))
                .expectException(BusinessRuleViolation.Conflict.class);
        fixture.given(TEAM, LI, new VolunteerRetired("t-1", "v-1", TODAY))
                .when(new RetireVolunteer("t-1", "v-1", TODAY, TODAY, XIABAO))
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void another_town_does_not_see_the_team_and_a_department_may_not_change_it() {
        fixture.given(TEAM)
                .when(new EnrolVolunteer("t-1", "v-9", "x", TODAY, TODAY, new Party(PartyType.TOWN, "tongcheng")))
                .expectException(NotFound.class);
        fixture.given(TEAM)
                .when(new EnrolVolunteer("t-1", "v-9", "x", TODAY, TODAY, Party.BRIGADE))
                .expectEvents(new VolunteerEnrolled("t-1", "v-9", "x", TODAY));
    }
}
