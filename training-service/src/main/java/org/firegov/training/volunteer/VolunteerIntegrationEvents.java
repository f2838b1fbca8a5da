package org.firegov.training.volunteer;

import org.firegov.events.training.VolunteerActivityLoggedV1;
import org.firegov.kit.publish.IntegrationEventMapper;
import org.firegov.training.volunteer.VolunteerEvents.ActivityLogged;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Volunteer service hours are evidence for assessment (消防志愿服务); members' names stay here. */
@Configuration
class VolunteerIntegrationEvents {

    @Bean
    IntegrationEventMapper<ActivityLogged> volunteerActivityLoggedV1() {
        return IntegrationEventMapper.of(ActivityLogged.class, (e, at) -> new VolunteerActivityLoggedV1(
                e.activityId(), e.teamId(), e.town(), e.organiser().type().name(), e.organiser().code(), e.heldOn(),
                e.hours(), e.memberIds().size(), e.serviceHours(), e.demo(), at));
    }
}
