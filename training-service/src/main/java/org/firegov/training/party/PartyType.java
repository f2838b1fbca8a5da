package org.firegov.training.party;

/** Who organises campaigns (主办方). */
public enum PartyType {
    /** 县消防救援大队 */ BRIGADE,
    /** 行业部门 */ DEPARTMENT,
    /** 乡镇（街道） */ TOWN
}
