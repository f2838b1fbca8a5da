package org.firegov.infrastructure.recruitment;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands of the recruitment of government full-time firefighters (政府专职消防员). */
public final class RecruitCommands {

    /**
     * @param staffNo the county's personnel number: the recruit's identity here (no name or other personal data)
     * @param town    where the recruit is posted
     */
    public record HireFirefighter(@TargetAggregateIdentifier String staffNo, LocalDate hiredOn, String town,
                                  LocalDate today) {
    }

    private RecruitCommands() {
    }
}
