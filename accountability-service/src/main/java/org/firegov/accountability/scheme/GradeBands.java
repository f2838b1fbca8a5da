package org.firegov.accountability.scheme;

/** Lowest total for each grade (优秀/良好/合格); below {@code pass} is 不合格. */
public record GradeBands(double excellent, double good, double pass) {

    public static final GradeBands DEFAULT = new GradeBands(90, 80, 60);

    public enum Grade {
        /** 优秀 */ EXCELLENT,
        /** 良好 */ GOOD,
        /** 合格 */ PASS,
        /** 不合格 */ FAIL
    }

    public boolean ordered() {
        return excellent > good && good > pass && pass >= 0 && excellent <= 100;
    }

    public Grade gradeOf(double total) {
        return total >= excellent ? Grade.EXCELLENT : total >= good ? Grade.GOOD : total >= pass ? Grade.PASS : Grade.FAIL;
    }
}
