package org.firegov.infrastructure.hydrant;

/** Why a status changed. */
public enum StatusChangeSource {
    /** 巡查检查 — found at an inspection. */
    INSPECTION,
    /** 维修 — after a repair. */
    REPAIR,
    /** anything else (works, disconnection by the water company …). */
    OTHER
}
