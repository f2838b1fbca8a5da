package org.firegov.inspection.iot;

/** What an IoT alarm (物联网报警) is about; one open alarm per device and kind. */
public enum AlarmKind {
    /** 火警 — a smoke detector (烟感) reads 1. */
    FIRE,
    /** 水压低 — the water pressure of the fire water system is below the minimum. */
    LOW_WATER_PRESSURE,
    /** 电气火灾 — the residual current of an electrical-fire monitor is above the threshold. */
    ELECTRICAL,
    /** 故障 — the device reports a fault (its value is the fault code). */
    FAULT,
    /** 离线 — the device sent nothing for longer than allowed. */
    OFFLINE
}
