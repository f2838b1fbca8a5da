package org.firegov.infrastructure.hydrant;

/** Whether a hydrant can be used now; intact rate (完好率) counts {@link #IN_SERVICE}. */
public enum HydrantStatus {
    /** 完好 — usable. */
    IN_SERVICE,
    /** 损坏 — damaged, found at an inspection or reported. */
    DAMAGED,
    /** 停用 — out of service (works, disconnection). */
    OUT_OF_SERVICE
}
