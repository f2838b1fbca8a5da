package org.firegov.accountability.exports;

import org.firegov.accountability.scheme.GradeBands.Grade;

/** Grade names as the county's documents print them. */
final class Grades {

    static String zh(Grade grade) {
        return switch (grade) {
            case EXCELLENT -> "优秀";
            case GOOD -> "良好";
            case PASS -> "合格";
            case FAIL -> "不合格";
        };
    }

    private Grades() {
    }
}
