package org.firegov.infrastructure.project;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.firegov.infrastructure.project.KeyProjectEvents.KeyProjectRegistered;
import org.firegov.infrastructure.project.KeyProjectEvents.MilestoneCompleted;
import org.firegov.infrastructure.project.KeyProjectEvents.MilestoneOverdue;
import org.firegov.infrastructure.project.KeyProjectEvents.MilestonePlanned;
import org.firegov.infrastructure.project.KeyProjectEvents.ProgressReported;
import org.firegov.infrastructure.project.KeyProjectEvents.ResponsiblePartyAssigned;
import org.firegov.infrastructure.project.KeyProjectView.MilestoneView;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Keeps the {@code key_projects} collection; rebuilt from the event store on replay. */
@Component
@ProcessingGroup(KeyProjectProjection.GROUP)
class KeyProjectProjection {

    static final String GROUP = "key-projects";

    private final MongoTemplate mongo;

    KeyProjectProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(KeyProjectRegistered event, @Timestamp Instant at) {
        mongo.save(new KeyProjectView(event.projectId(), event.planItem(), event.name(), event.goal(),
                event.startDate(), event.budget(), event.responsibleBody(), event.responsibleParty(), event.demo(), at,
                List.of()));
    }

    @EventHandler
    void on(MilestonePlanned event) {
        change(event.projectId(), event.milestoneId(), m -> m, new MilestoneView(event.milestoneId(), event.title(),
                event.plannedDate(), "PLANNED", null, 0, null, null, event.responsibleParty()));
    }

    @EventHandler
    void on(ResponsiblePartyAssigned event) {
        if (event.milestoneId() != null) {
            change(event.projectId(), event.milestoneId(), m -> m.withParty(event.responsibleParty()), null);
            return;
        }
        KeyProjectView project = mongo.findById(event.projectId(), KeyProjectView.class, KeyProjectView.COLLECTION);
        if (project != null) {
            mongo.save(project.withResponsibleParty(event.responsibleParty()), KeyProjectView.COLLECTION);
        }
    }

    @EventHandler
    void on(ProgressReported event, @Timestamp Instant at) {
        mongo.save(new ProgressReportView(event.reportId(), event.projectId(), event.milestoneId(), event.reportedOn(),
                event.text(), event.evidenceRef(), false, at));
    }

    @EventHandler
    void on(MilestoneCompleted event, @Timestamp Instant at) {
        mongo.save(new ProgressReportView(event.projectId() + "/" + event.milestoneId() + "/completion",
                event.projectId(), event.milestoneId(), event.completedOn(),
                event.note() != null ? event.note() : event.title(), event.evidenceRef(), true, at));
        change(event.projectId(), event.milestoneId(), m -> new MilestoneView(m.milestoneId(), m.title(),
                m.plannedDate(), event.onTime() ? "COMPLETED_ON_TIME" : "COMPLETED_LATE", event.completedOn(),
                event.daysLate(), event.note(), m.overdueSince(), m.responsibleParty()), null);
    }

    @EventHandler
    void on(MilestoneOverdue event) {
        change(event.projectId(), event.milestoneId(), m -> new MilestoneView(m.milestoneId(), m.title(),
                m.plannedDate(), "OVERDUE", null, 0, null, event.detectedOn(), m.responsibleParty()), null);
    }

    private void change(String projectId, String milestoneId, UnaryOperator<MilestoneView> change,
                        MilestoneView ifAbsent) {
        KeyProjectView project = mongo.findById(projectId, KeyProjectView.class, KeyProjectView.COLLECTION);
        if (project != null) {
            mongo.save(project.withMilestone(milestoneId, change, ifAbsent), KeyProjectView.COLLECTION);
        }
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(KeyProjectView.COLLECTION);
        mongo.dropCollection(ProgressReportView.COLLECTION);
    }
}
