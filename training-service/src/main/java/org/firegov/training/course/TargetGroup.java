package org.firegov.training.course;

/** The plan's key groups for fire-safety training (重点人群). */
public enum TargetGroup {
    /** 党政领导干部 */ OFFICIALS,
    /** 行业部门、村（居）委负责人 */ DEPARTMENT_AND_VILLAGE_LEADERS,
    /** 单位消防安全责任人 */ UNIT_RESPONSIBLE_PERSONS,
    /** 单位消防安全管理人（“明白人”） */ UNIT_MANAGERS,
    /** 多种形式消防队员 */ FIREFIGHTERS,
    /** 进城务工人员 */ MIGRANT_WORKERS,
    /** 各类消防救援专业队队员（山岳、水域等）: all certified (持证上岗) by 2025 */ RESCUE_SPECIALISTS
}
