package org.firegov.infrastructure.force;

/** Class of a fire rescue station (消防站类别); Fenghuang is planned as class 1 (一级站). */
public enum StationClass {
    /** 一级站 */ CLASS_1,
    /** 二级站 */ CLASS_2,
    /** 小型站 */ SMALL,
    /** 特勤站 */ SPECIAL
}
