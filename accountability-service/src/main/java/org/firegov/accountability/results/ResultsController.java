package org.firegov.accountability.results;

import java.net.URI;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.accountability.results.ResultsPublication.PublishResults;
import org.firegov.accountability.results.ResultsPublication.Result;
import org.firegov.accountability.scoring.AssessmentPeriod;
import org.firegov.accountability.scoring.PartyScore;
import org.firegov.accountability.scoring.Scoreboard;
import org.firegov.kit.domain.NotFound;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Results published (考核结果公布): the committee publishes a year's scores as they stand — a snapshot, once per year —
 * and only then are they public.
 */
@RestController
class ResultsController {

    private final CommandGateway commands;
    private final Scoreboard scoreboard;
    private final MongoTemplate mongo;

    ResultsController(CommandGateway commands, Scoreboard scoreboard, MongoTemplate mongo) {
        this.commands = commands;
        this.scoreboard = scoreboard;
        this.mongo = mongo;
    }

    @PostMapping("/api/accountability/results/{year}/publication")
    ResponseEntity<Void> publish(@PathVariable int year) {
        List<PartyScore> scores = scoreboard.ranked(AssessmentPeriod.live(year));
        List<Result> results = scores.stream().map(s -> new Result(s.party().kind().name(), s.party().code(),
                s.party().nameZh(), s.total(), s.grade().name(), s.rank(), s.vetoed())).toList();
        commands.sendAndWait(new PublishResults(publicationId(year), year, scores.get(0).schemeId(), results));
        return ResponseEntity.created(URI.create("/api/accountability/public/results/" + year)).build();
    }

    /** What the public sees of a publication (not who in the committee's office pressed the button). */
    record PublicResults(int year, String schemeId, java.time.Instant publishedAt, List<Result> results) {
    }

    /** Anyone, once published; 404 before. */
    @GetMapping("/api/accountability/public/results/{year}")
    PublicResults published(@PathVariable int year) {
        PublishedResultsView published = mongo.findOne(Query.query(Criteria.where("_id").is(publicationId(year))),
                PublishedResultsView.class, PublishedResultsView.COLLECTION);
        if (published == null) {
            throw new NotFound("published results of", String.valueOf(year));
        }
        return new PublicResults(published.year(), published.schemeId(), published.publishedAt(), published.results());
    }

    private static String publicationId(int year) {
        return "results-" + year;
    }
}
