package org.firegov.training.campaign;

/** What a publicity campaign (宣传活动) is about: one of the “five intos” (消防宣传“五进”) or a seasonal drive. */
public enum CampaignKind {
    /** 进社区 */ COMMUNITY,
    /** 进学校 */ SCHOOL,
    /** 进企业 */ ENTERPRISE,
    /** 进农村 */ RURAL,
    /** 进家庭 */ FAMILY,
    /** 冬春火灾防控 */ WINTER_SPRING,
    /** 夏季消防检查宣传 */ SUMMER,
    /** “119”消防宣传月 */ FIRE_MONTH_119
}
