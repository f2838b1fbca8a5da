package org.firegov.portal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates as people in the county read them: China time, {@code 2026年11月29日 16:20} in Chinese and
 * {@code 2026-11-29 16:20} in English. Used in templates as {@code ${@fmt.dateTime(value)}}.
 */
@Component("fmt")
public class Formats {

    public static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);
    private static final DateTimeFormatter ZH_DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.CHINA);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter EN_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** An ISO instant (as the APIs send it) in China time; a blank for none; the text itself if not a date. */
    public String dateTime(Object iso) {
        if (iso == null || iso.toString().isBlank()) {
            return "—";
        }
        try {
            return Instant.parse(iso.toString()).atZone(COUNTY).format(chinese() ? ZH_DATE_TIME : EN_DATE_TIME);
        } catch (DateTimeParseException notAnInstant) {
            return date(iso);
        }
    }

    /** An ISO date ({@code 2026-11-29}) or instant, as a date. */
    public String date(Object iso) {
        if (iso == null || iso.toString().isBlank()) {
            return "—";
        }
        String text = iso.toString();
        try {
            LocalDate date = text.length() > 10 ? Instant.parse(text).atZone(COUNTY).toLocalDate() : LocalDate.parse(text);
            return date.format(chinese() ? ZH_DATE : EN_DATE);
        } catch (DateTimeParseException notADate) {
            return text;
        }
    }

    /** A percentage with one decimal, or a blank. */
    public String percent(Object value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.1f%%", Double.parseDouble(value.toString()));
    }

    /** A score with one decimal. */
    public String points(Object value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.1f", Double.parseDouble(value.toString()));
    }

    public static int thisYear() {
        return LocalDate.now(COUNTY).getYear();
    }

    public static String today() {
        return LocalDate.now(COUNTY).toString();
    }

    /** A deadline picked as a date means the end of that day in the county, as an ISO instant for the APIs. */
    public static String endOfDay(LocalDate date) {
        return date.atTime(LocalTime.of(23, 59, 59)).atZone(COUNTY).toInstant().toString();
    }

    private static boolean chinese() {
        return !"en".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
