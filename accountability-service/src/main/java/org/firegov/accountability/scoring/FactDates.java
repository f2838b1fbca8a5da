package org.firegov.accountability.scoring;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.bson.Document;

/** Reads the {@code LocalDate} fields Spring Data stored as dates (start of day, the JVM's zone) back. */
public final class FactDates {

    public static LocalDate localDate(Document fact, String field) {
        return fact.get(field) instanceof Date date ? LocalDate.ofInstant(date.toInstant(), ZoneId.systemDefault()) : null;
    }

    private FactDates() {
    }
}
