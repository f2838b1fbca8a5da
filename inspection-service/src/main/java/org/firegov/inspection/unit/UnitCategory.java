package org.firegov.inspection.unit;

/** Categories of social units named by the plan (a unit may have several). */
public enum UnitCategory {
    /** 高层建筑 */ HIGH_RISE,
    /** 大型商业综合体 */ COMMERCIAL_COMPLEX,
    /** 易燃易爆 */ FLAMMABLE_EXPLOSIVE,
    /** 学校 */ SCHOOL,
    /** 医院 */ HOSPITAL,
    /** 养老机构 */ ELDERLY_CARE,
    /** 社会福利机构 */ WELFARE_INSTITUTION,
    /** 旅游景区 */ TOURIST_SITE,
    /** 文物古建筑 */ HERITAGE_BUILDING,
    /** 公众聚集场所 */ PUBLIC_GATHERING_PLACE,
    /** 地下工程 */ UNDERGROUND_WORKS,
    /** “三合一”场所 */ THREE_IN_ONE,
    /** “九小”场所 */ NINE_SMALL_VENUE,
    /** 家庭加工作坊 */ FAMILY_WORKSHOP,
    /** 物流仓储 */ LOGISTICS_WAREHOUSE,
    /** 农家乐及民宿 */ FARM_STAY,
    /** 其他 */ OTHER
}
