package org.firegov.training.campaign;

import java.time.LocalDate;
import java.util.List;

import org.firegov.kit.domain.InvalidInput;
import org.firegov.training.County;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public campaign calendar (no login): planned and held campaigns between two dates with their public fields
 * only — never the organiser or its contact person.
 */
@RestController
class PublicCampaignCalendar {

    static final int DEFAULT_DAYS = 90;
    static final int MAX_ENTRIES = 1000;

    private final MongoTemplate mongo;

    PublicCampaignCalendar(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** One campaign as the public sees it. */
    record CalendarEntry(String title, CampaignKind kind, String town, LocalDate date, String place,
                         CampaignStatus status) {
    }

    record Calendar(LocalDate from, LocalDate to, List<CalendarEntry> items) {
    }

    @GetMapping("/api/training/public/campaign-calendar")
    Calendar calendar(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate start = from != null ? from : County.today();
        if (!County.plausible(start)) {
            throw new InvalidInput("from", "must be a date between 2000-01-01 and 2100-12-31");
        }
        LocalDate end = to != null ? to : start.plusDays(DEFAULT_DAYS);
        if (end.isBefore(start) || end.isAfter(start.plusYears(1))) {
            throw new InvalidInput("to", "must be on or after from and at most one year after it");
        }
        Query query = Query.query(Criteria.where("status").in(CampaignStatus.PLANNED, CampaignStatus.HELD)
                        .and("date").gte(start).lte(end))
                .with(Sort.by("date", "town", "_id")).limit(MAX_ENTRIES);
        List<CalendarEntry> items = mongo.find(query, CampaignView.class, CampaignView.COLLECTION).stream()
                .map(c -> new CalendarEntry(c.title(), c.kind(), c.town(), c.date(), c.place(), c.status()))
                .toList();
        return new Calendar(start, end, items);
    }
}
