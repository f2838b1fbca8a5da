package org.firegov.inspection.notification;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.inspection.notification.OpeningApplicationCommands.AcceptApplication;
import org.firegov.inspection.notification.OpeningApplicationCommands.RecordCheckResult;
import org.firegov.inspection.notification.OpeningApplicationCommands.RefuseApplication;
import org.firegov.inspection.notification.OpeningApplicationCommands.ScheduleCheck;
import org.firegov.inspection.notification.OpeningApplicationCommands.SubmitApplication;
import org.firegov.inspection.notification.OpeningApplicationEvents.ApplicationAccepted;
import org.firegov.inspection.notification.OpeningApplicationEvents.ApplicationRefused;
import org.firegov.inspection.notification.OpeningApplicationEvents.ApplicationSubmitted;
import org.firegov.inspection.notification.OpeningApplicationEvents.CheckFailed;
import org.firegov.inspection.notification.OpeningApplicationEvents.CheckPassed;
import org.firegov.inspection.notification.OpeningApplicationEvents.CheckScheduled;
import org.firegov.kit.domain.BusinessRuleViolation;

/**
 * A notification-commitment application (告知承诺) for opening a public gathering place: submitted with the
 * commitment → accepted (the place may open) or refused → on-site check scheduled within the deadline →
 * approved, or rejected when the check fails.
 */
@Aggregate
public class OpeningApplication {

    @AggregateIdentifier
    private String applicationId;
    private String clientId;
    private long sequence;
    private ApplicationStatus status;
    private LocalDate checkDueBy;
    private LocalDate checkDate;

    protected OpeningApplication() {
        // for Axon
    }

    @CommandHandler
    OpeningApplication(SubmitApplication command) {
        if (command.commitment() == null || command.commitment().isBlank()) {
            throw new BusinessRuleViolation("no-commitment", "an application needs the applicant's commitment (承诺)");
        }
        apply(new ApplicationSubmitted(command.applicationId(), command.clientId(), 1, command.venueName(),
                command.creditCode(), command.town(), command.address(), command.commitment(),
                List.copyOf(command.attachments())));
    }

    @CommandHandler
    void handle(AcceptApplication command) {
        requireStatus(ApplicationStatus.SUBMITTED);
        apply(new ApplicationAccepted(applicationId, clientId, sequence + 1, command.checkDueBy()));
    }

    @CommandHandler
    void handle(RefuseApplication command) {
        requireStatus(ApplicationStatus.SUBMITTED);
        requireReason(command.reason());
        apply(new ApplicationRefused(applicationId, clientId, sequence + 1, command.reason()));
    }

    @CommandHandler
    void handle(ScheduleCheck command) {
        if (status != ApplicationStatus.ACCEPTED && status != ApplicationStatus.CHECK_SCHEDULED) {
            throw wrongStatus();
        }
        if (command.checkDate().isBefore(command.today())) {
            throw new BusinessRuleViolation("check-date-in-past", "the on-site check cannot be scheduled in the past");
        }
        if (command.checkDate().isAfter(checkDueBy)) {
            throw new BusinessRuleViolation("check-after-deadline",
                    "the on-site check must take place by " + checkDueBy);
        }
        apply(new CheckScheduled(applicationId, clientId, sequence + 1, checkDueBy, command.checkDate()));
    }

    @CommandHandler
    void handle(RecordCheckResult command) {
        requireStatus(ApplicationStatus.CHECK_SCHEDULED);
        if (command.passed()) {
            apply(new CheckPassed(applicationId, clientId, sequence + 1, checkDate));
        } else {
            requireReason(command.reason());
            apply(new CheckFailed(applicationId, clientId, sequence + 1, checkDate, command.reason()));
        }
    }

    private void requireStatus(ApplicationStatus expected) {
        if (status != expected) {
            throw wrongStatus();
        }
    }

    private BusinessRuleViolation wrongStatus() {
        return new BusinessRuleViolation.Conflict("wrong-application-status",
                "application " + applicationId + " is " + status);
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleViolation("no-reason", "a refusal or a failed check needs a reason");
        }
    }

    @EventSourcingHandler
    void on(ApplicationSubmitted event) {
        applicationId = event.applicationId();
        clientId = event.clientId();
        sequence = event.sequence();
        status = ApplicationStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(ApplicationAccepted event) {
        sequence = event.sequence();
        status = ApplicationStatus.ACCEPTED;
        checkDueBy = event.checkDueBy();
    }

    @EventSourcingHandler
    void on(ApplicationRefused event) {
        sequence = event.sequence();
        status = ApplicationStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(CheckScheduled event) {
        sequence = event.sequence();
        status = ApplicationStatus.CHECK_SCHEDULED;
        checkDate = event.checkDate();
    }

    @EventSourcingHandler
    void on(CheckPassed event) {
        sequence = event.sequence();
        status = ApplicationStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(CheckFailed event) {
        sequence = event.sequence();
        status = ApplicationStatus.REJECTED;
    }
}
