package org.firegov.infrastructure.force;

/** Kinds of fire and rescue force in the county. */
public enum ForceKind {
    /** 消防救援站 — station of the national fire and rescue team; has a class. */
    STATION,
    /** 政府专职消防队 — government full-time brigade, including township brigades (乡镇专职消防队). */
    FULL_TIME_BRIGADE,
    /** 微型消防站 — micro fire station of a community or unit. */
    MICRO_STATION
}
