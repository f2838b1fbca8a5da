package org.firegov.inspection.hazard;

/** Where a hazard was found. */
public enum HazardSource {
    /** 监督检查 */ INSPECTION,
    /** 单位自查 */ SELF_INSPECTION,
    /** 物联网监测 */ IOT,
    /** 网格巡查 */ GRID_PATROL,
    /** 群众举报 */ PUBLIC_REPORT
}
