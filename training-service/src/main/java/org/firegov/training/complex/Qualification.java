package org.firegov.training.complex;

/** A complex's fire-safety manager's professional qualification (规划 三(一)3). */
public enum Qualification {
    /** 注册消防工程师执业资格 */ REGISTERED_FIRE_ENGINEER,
    /** 工程类中级以上专业技术职称 */ ENGINEERING_TITLE_INTERMEDIATE_OR_ABOVE,
    /** neither */ NONE;

    /** The plan accepts either a registered fire engineer or an intermediate (or higher) engineering title. */
    public boolean meetsPlan() {
        return this != NONE;
    }
}
