package org.firegov.training.volunteer;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.firegov.kit.security.Actor;
import org.firegov.training.volunteer.VolunteerViews.Activity;
import org.firegov.training.volunteer.VolunteerViews.Team;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Volunteer totals per town in the caller's scope: teams and active members now, activities and hours of a year. */
@RestController
class VolunteerSummary {

    private final MongoTemplate mongo;

    VolunteerSummary(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** One town: teams and active members today; activities and service hours (志愿服务时长) in the year. */
    record TownTotals(String town, long teams, long activeMembers, long activities, double serviceHours) {
    }

    @GetMapping("/api/training/volunteers/summary")
    List<TownTotals> summary(Actor actor, @RequestParam int year) {
        Map<String, List<Team>> teams = mongo.find(VolunteerController.SCOPE.query(actor), Team.class,
                Team.COLLECTION).stream().collect(Collectors.groupingBy(Team::town));
        Map<String, List<Activity>> activities = mongo.find(VolunteerController.SCOPE.query(actor,
                Criteria.where("year").is(year)), Activity.class, Activity.COLLECTION).stream()
                .collect(Collectors.groupingBy(Activity::town));
        TreeSet<String> towns = new TreeSet<>(teams.keySet());
        towns.addAll(activities.keySet());
        return towns.stream().map(town -> new TownTotals(town,
                        teams.getOrDefault(town, List.of()).size(),
                        teams.getOrDefault(town, List.of()).stream().mapToLong(Team::activeMembers).sum(),
                        activities.getOrDefault(town, List.of()).size(),
                        activities.getOrDefault(town, List.of()).stream().mapToDouble(Activity::serviceHours).sum()))
                .sorted(Comparator.comparing(TownTotals::town))
                .toList();
    }
}
