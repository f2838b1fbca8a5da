package org.firegov.accountability.responsibility;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.firegov.accountability.party.PartyKind;
import org.firegov.accountability.responsibility.TaskEvents.TaskAssigned;
import org.firegov.accountability.responsibility.TaskEvents.TaskCompleted;
import org.firegov.accountability.responsibility.TaskEvents.TaskOverdue;
import org.firegov.kit.axon.AuditMetadata;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Keeps {@code responsibility_tasks}; rebuilt from the event store on replay. */
@Component
@ProcessingGroup(TaskProjection.GROUP)
class TaskProjection {

    static final String GROUP = "responsibility-tasks";

    private final MongoTemplate mongo;

    TaskProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(TaskAssigned event, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        mongo.save(new TaskView(event.taskId(), event.partyKind(), event.partyCode(),
                event.partyKind() == PartyKind.TOWN ? event.partyCode() : null,
                event.partyKind() == PartyKind.DEPARTMENT ? event.partyCode() : null,
                event.planSection(), event.title(), event.deadline(), TaskView.Status.OPEN, false,
                null, null, null, actor, null));
    }

    @EventHandler
    void on(TaskCompleted event, @Timestamp Instant at, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        update(event.taskId(), Update.update("status", TaskView.Status.COMPLETED).set("completedAt", at)
                .set("onTime", event.onTime()).set("evidence", event.evidence()).set("completedBy", actor));
    }

    @EventHandler
    void on(TaskOverdue event) {
        update(event.taskId(), Update.update("overdue", true));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(TaskView.COLLECTION);
    }

    private void update(String taskId, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(taskId)), update, TaskView.class, TaskView.COLLECTION);
    }
}
