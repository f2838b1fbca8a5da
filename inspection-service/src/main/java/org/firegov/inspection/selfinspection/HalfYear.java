package org.firegov.inspection.selfinspection;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A half year (半年), {@code 2026-H1} (January–June) or {@code 2026-H2} (July–December): the plan's minimum
 * self-inspection period (每半年开展一次消防安全自查).
 */
record HalfYear(int year, int half) {

    static final String PATTERN = "\\d{4}-H[12]";
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-H([12])");

    static HalfYear parse(String text) {
        Matcher matcher = FORMAT.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a half year such as 2026-H1: " + text);
        }
        return new HalfYear(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    static HalfYear of(LocalDate day) {
        return new HalfYear(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
    }

    /** The last half year that is over on {@code day}. */
    static HalfYear lastEndedBefore(LocalDate day) {
        HalfYear current = of(day);
        return current.half == 2 ? new HalfYear(current.year, 1) : new HalfYear(current.year - 1, 2);
    }

    /** The months it covers, {@code yyyy-MM}, as self-inspections are submitted. */
    List<String> months() {
        return IntStream.rangeClosed(1, 6).mapToObj(m -> YearMonth.of(year, (half - 1) * 6 + m).toString()).toList();
    }

    /** The first day after it. */
    LocalDate end() {
        return half == 1 ? LocalDate.of(year, 7, 1) : LocalDate.of(year + 1, 1, 1);
    }

    boolean isOverOn(LocalDate day) {
        return !day.isBefore(end());
    }

    @Override
    public String toString() {
        return year + "-H" + half;
    }
}
