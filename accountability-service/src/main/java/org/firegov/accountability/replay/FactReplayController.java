package org.firegov.accountability.replay;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import org.firegov.kit.consume.IntegrationEventReplay;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The committee's trigger for rebuilding the facts consumed from other services (the kit's
 * {@link IntegrationEventReplay}: drop them, re-consume every topic from the beginning), and its progress: the run's
 * state, the facts rebuilt so far per collection and the events still to consume. Scores read while it runs are
 * incomplete; once {@code caughtUp} they are what they were.
 */
@RestController
@RequestMapping("/api/accountability/fact-replay")
class FactReplayController {

    private static final Logger log = LoggerFactory.getLogger(FactReplayController.class);

    enum State { RESETTING, CONSUMING, FAILED }

    /** One run: RESETTING until the listener consumes again from the earliest offsets (then CONSUMING). */
    record Run(State state, Instant startedAt, Instant restartedAt, String error) {
    }

    /** @param pendingEvents events on the consumed topics not yet processed (null: Kafka did not answer) */
    record Progress(Run lastRun, List<String> collections, Map<String, Long> facts, Long pendingEvents,
                    boolean caughtUp) {
    }

    private final IntegrationEventReplay replay;
    private final ConsumerLag lag;
    private final MongoTemplate mongo;
    private final TaskExecutor executor = new SimpleAsyncTaskExecutor("fact-replay-");
    private final Clock clock;
    private final AtomicReference<Run> lastRun = new AtomicReference<>();

    FactReplayController(IntegrationEventReplay replay, ConsumerLag lag, MongoTemplate mongo, Clock clock) {
        this.replay = replay;
        this.lag = lag;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Starts a replay (202); 409 {@code replay-running} while one is still resetting. */
    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    Progress start() {
        Run previous = lastRun.get();
        Run started = new Run(State.RESETTING, clock.instant(), null, null);
        if (previous != null && previous.state() == State.RESETTING || !lastRun.compareAndSet(previous, started)) {
            throw new BusinessRuleViolation.Conflict("replay-running", "A fact replay is already resetting.");
        }
        executor.execute(() -> {
            try {
                replay.replay();
                lastRun.set(new Run(State.CONSUMING, started.startedAt(), clock.instant(), null));
            } catch (RuntimeException e) {
                log.error("Fact replay failed", e);
                lastRun.set(new Run(State.FAILED, started.startedAt(), null, e.getMessage()));
            }
        });
        return progress();
    }

    @GetMapping
    Progress progress() {
        Run run = lastRun.get();
        Map<String, Long> facts = new TreeMap<>();
        replay.collections().forEach(collection -> facts.put(collection,
                mongo.getCollection(collection).countDocuments()));
        Long pending = lag.events();
        boolean consuming = run == null || run.state() == State.CONSUMING;
        return new Progress(run, replay.collections(), facts, pending, consuming && pending != null && pending == 0);
    }
}
