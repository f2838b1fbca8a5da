package org.firegov.infrastructure.recruitment;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** A government full-time firefighter was hired (政府专职消防员招录). */
@Revision("1")
public record FirefighterHired(String staffNo, LocalDate hiredOn, String town) {
}
