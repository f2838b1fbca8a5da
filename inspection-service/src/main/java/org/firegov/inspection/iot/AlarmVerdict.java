package org.firegov.inspection.iot;

/** What a person found when verifying an alarm (报警核查). */
public enum AlarmVerdict {
    /** 真实火警 — a real fire. */
    FIRE,
    /** A real fire hazard (火灾隐患): it enters the hazard lifecycle with source IOT. */
    HAZARD,
    /** 误报 — a false alarm, counted per unit. */
    FALSE_ALARM
}
