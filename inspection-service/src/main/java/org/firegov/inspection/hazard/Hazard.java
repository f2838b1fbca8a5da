package org.firegov.inspection.hazard;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.inspection.hazard.HazardCommands.DelistMajorHazard;
import org.firegov.inspection.hazard.HazardCommands.ListMajorHazard;
import org.firegov.inspection.hazard.HazardCommands.MarkHazardOverdue;
import org.firegov.inspection.hazard.HazardCommands.OrderRectification;
import org.firegov.inspection.hazard.HazardCommands.PassVerification;
import org.firegov.inspection.hazard.HazardCommands.RejectRectification;
import org.firegov.inspection.hazard.HazardCommands.ReportHazard;
import org.firegov.inspection.hazard.HazardCommands.SubmitRectification;
import org.firegov.inspection.hazard.HazardEvents.HazardClosed;
import org.firegov.inspection.hazard.HazardEvents.HazardOverdue;
import org.firegov.inspection.hazard.HazardEvents.HazardReported;
import org.firegov.inspection.hazard.HazardEvents.MajorHazardDelisted;
import org.firegov.inspection.hazard.HazardEvents.MajorHazardListed;
import org.firegov.inspection.hazard.HazardEvents.RectificationAccepted;
import org.firegov.inspection.hazard.HazardEvents.RectificationOrdered;
import org.firegov.inspection.hazard.HazardEvents.RectificationRejected;
import org.firegov.inspection.hazard.HazardEvents.RectificationSubmitted;
import org.firegov.inspection.unit.Unit.UnitScope;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.domain.NotFound;

/**
 * A fire hazard (火灾隐患) at a unit: reported → rectification ordered with a deadline → rectification submitted by
 * the unit → verified (closed) or rejected back with a new deadline. Overdue once per deadline; a major hazard may
 * be listed for supervision (挂牌督办) and delisted (销案) once closed.
 */
@Aggregate
public class Hazard {

    @AggregateIdentifier
    private String hazardId;
    private String unitId;
    private String town;
    private String department;
    private HazardSource source;
    private boolean major;
    private HazardStage stage;
    private Instant deadline;
    private Instant overdueFor;
    private boolean submittedOnTime;
    private boolean listed;

    protected Hazard() {
        // for Axon
    }

    Hazard(ReportHazard command, UnitScope unit) {
        if (command.description() == null || command.description().isBlank()) {
            throw new BusinessRuleViolation("no-description", "a hazard needs a description");
        }
        apply(new HazardReported(command.hazardId(), unit.unitId(), unit.town(), unit.department(),
                command.description(), command.source(), command.major()));
    }

    @CommandHandler
    void handle(OrderRectification command) {
        requireSupervisor(command.by());
        requireStage(HazardStage.REPORTED, "hazard-not-reported", "rectification was already ordered");
        requireFuture(command.deadline(), command.now());
        apply(new RectificationOrdered(hazardId, unitId, town, department, command.requirement(), command.deadline()));
    }

    @CommandHandler
    void handle(SubmitRectification command) {
        if (command.by().kind() != Requester.Kind.UNIT || !unitId.equals(command.by().code())) {
            throw new NotFound("hazard", hazardId);
        }
        requireStage(HazardStage.RECTIFICATION_ORDERED, "rectification-not-ordered",
                "no rectification is awaited");
        apply(new RectificationSubmitted(hazardId, unitId, town, department, command.description(),
                !command.now().isAfter(deadline), List.copyOf(command.evidence())));
    }

    @CommandHandler
    void handle(PassVerification command) {
        requireSupervisor(command.by());
        if (stage == HazardStage.CLOSED) {
            throw new BusinessRuleViolation.Conflict("hazard-already-closed", "hazard " + hazardId + " is already closed");
        }
        requireStage(HazardStage.RECTIFICATION_SUBMITTED, "rectification-not-submitted",
                "no rectification has been submitted for verification");
        apply(new RectificationAccepted(hazardId, unitId, town, department, deadline, submittedOnTime));
        apply(new HazardClosed(hazardId, unitId, town, department, command.note()));
    }

    @CommandHandler
    void handle(RejectRectification command) {
        requireSupervisor(command.by());
        requireStage(HazardStage.RECTIFICATION_SUBMITTED, "rectification-not-submitted",
                "no rectification has been submitted for verification");
        requireFuture(command.newDeadline(), command.now());
        apply(new RectificationRejected(hazardId, unitId, town, department, command.reason(), command.newDeadline()));
    }

    @CommandHandler
    void handle(MarkHazardOverdue command) {
        requireStage(HazardStage.RECTIFICATION_ORDERED, "rectification-not-ordered", "no rectification is awaited");
        if (!deadline.equals(command.deadline())) {
            throw new BusinessRuleViolation.Conflict("deadline-changed", "the deadline is now " + deadline);
        }
        if (deadline.equals(overdueFor)) {
            throw new BusinessRuleViolation.Conflict("hazard-already-overdue",
                    "hazard " + hazardId + " is already overdue for the deadline " + deadline);
        }
        if (!command.now().isAfter(deadline)) {
            throw new BusinessRuleViolation("deadline-not-passed", "the deadline " + deadline + " has not passed");
        }
        apply(new HazardOverdue(hazardId, unitId, town, department, deadline));
    }

    @CommandHandler
    void handle(ListMajorHazard command) {
        if (!major) {
            throw new BusinessRuleViolation("not-a-major-hazard", "only a major hazard (重大火灾隐患) can be listed");
        }
        if (listed) {
            throw new BusinessRuleViolation.Conflict("hazard-already-listed", "hazard " + hazardId + " is already listed");
        }
        if (stage == HazardStage.CLOSED) {
            throw new BusinessRuleViolation("hazard-closed", "a closed hazard cannot be listed");
        }
        apply(new MajorHazardListed(hazardId, unitId, town, department, command.document(), command.reason()));
    }

    @CommandHandler
    void handle(DelistMajorHazard command) {
        if (!listed) {
            throw new BusinessRuleViolation.Conflict("hazard-not-listed", "hazard " + hazardId + " is not listed");
        }
        if (stage != HazardStage.CLOSED) {
            throw new BusinessRuleViolation("hazard-not-verified-closed",
                    "a listed hazard is delisted only after its rectification is verified and it is closed");
        }
        apply(new MajorHazardDelisted(hazardId, unitId, town, department, command.document()));
    }

    /** The brigade supervises every hazard; a town those its grid patrol found in its own jurisdiction. */
    private void requireSupervisor(Requester by) {
        if (!by.sees(town, department, unitId)) {
            throw new NotFound("hazard", hazardId);
        }
        boolean allowed = by.kind() == Requester.Kind.BRIGADE
                || by.kind() == Requester.Kind.TOWN && source == HazardSource.GRID_PATROL;
        if (!allowed) {
            throw new BusinessRuleViolation("not-the-supervisor",
                    "only the brigade supervises this hazard (a town supervises its grid-patrol hazards)");
        }
    }

    private void requireStage(HazardStage expected, String code, String message) {
        if (stage != expected) {
            throw new BusinessRuleViolation.Conflict(code, message + " (hazard " + hazardId + " is " + stage + ")");
        }
    }

    private static void requireFuture(Instant deadline, Instant now) {
        if (deadline == null || !deadline.isAfter(now)) {
            throw new BusinessRuleViolation("deadline-not-in-future", "a rectification deadline must be in the future");
        }
    }

    @EventSourcingHandler
    void on(HazardReported event) {
        hazardId = event.hazardId();
        unitId = event.unitId();
        town = event.town();
        department = event.department();
        source = event.source();
        major = event.major();
        stage = HazardStage.REPORTED;
    }

    @EventSourcingHandler
    void on(RectificationOrdered event) {
        stage = HazardStage.RECTIFICATION_ORDERED;
        deadline = event.deadline();
    }

    @EventSourcingHandler
    void on(RectificationSubmitted event) {
        stage = HazardStage.RECTIFICATION_SUBMITTED;
        submittedOnTime = event.onTime();
    }

    @EventSourcingHandler
    void on(RectificationRejected event) {
        stage = HazardStage.RECTIFICATION_ORDERED;
        deadline = event.newDeadline();
    }

    @EventSourcingHandler
    void on(HazardOverdue event) {
        overdueFor = event.deadline();
    }

    @EventSourcingHandler
    void on(HazardClosed event) {
        stage = HazardStage.CLOSED;
    }

    @EventSourcingHandler
    void on(MajorHazardListed event) {
        listed = true;
    }

    @EventSourcingHandler
    void on(MajorHazardDelisted event) {
        listed = false;
    }
}
