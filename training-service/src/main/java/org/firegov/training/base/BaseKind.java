package org.firegov.training.base;

/** Kinds of public fire-safety education sites (规划 三(四)2、6). */
public enum BaseKind {
    /** 消防科普教育基地 (incl. 应急消防科普教育基地) */ EDUCATION_BASE,
    /** 消防文化主题公园 */ THEME_PARK,
    /** 消防文化广场（街区） */ CULTURE_SQUARE
}
