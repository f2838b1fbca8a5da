package org.firegov.integration.callback;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.firegov.events.inspection.HazardClosedV1;
import org.firegov.events.inspection.HazardRectificationOrderedV1;
import org.firegov.events.inspection.HazardReportedV1;
import org.firegov.events.inspection.PublicReportFiledV1;
import org.firegov.kit.consume.IntegrationEventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Status callbacks of public hazard reports (群众举报) filed by a client: {@code REPORTED}, {@code
 * RECTIFICATION_ORDERED} (with the deadline; again after a rejected rectification), {@code CLOSED}. The hazard's
 * events and the "who filed it" event travel on different topics, so either may come first: a report's statuses are
 * kept (in MongoDB, in hazard-topic order) until its client is known, then handed to the outbox in that order.
 */
@Configuration
class ReportStatusCallbacks {

    static final String TYPE = "firegov.integration.report.status-changed.v1";
    private static final URI SOURCE = URI.create("/firegov/integration");
    private static final String COLLECTION = "public_report_statuses";

    private final Deliveries deliveries;
    private final MongoTemplate mongo;
    private final ObjectMapper json;

    ReportStatusCallbacks(Deliveries deliveries, MongoTemplate mongo, ObjectMapper json) {
        this.deliveries = deliveries;
        this.mongo = mongo;
        this.json = json;
    }

    /** One status change of a report, as the callback's data says it. */
    record ReportStatus(String eventId, String status, Instant deadline, Instant changedAt) {
    }

    /** What is known of one report: its client (once filed) and the statuses seen so far. */
    record Report(@Id String reportId, String clientId, List<ReportStatus> statuses, int delivered) {
    }

    @Bean
    IntegrationEventHandler<HazardReportedV1> reportReceived() {
        return IntegrationEventHandler.of(HazardReportedV1.class, (e, ctx) -> {
            if ("PUBLIC_REPORT".equals(e.source())) {
                record(e.hazardId(), new ReportStatus(ctx.id(), "REPORTED", null, e.reportedAt()), true);
            }
        });
    }

    @Bean
    IntegrationEventHandler<HazardRectificationOrderedV1> reportRectificationOrdered() {
        return IntegrationEventHandler.of(HazardRectificationOrderedV1.class, (e, ctx) -> record(e.hazardId(),
                new ReportStatus(ctx.id(), "RECTIFICATION_ORDERED", e.deadline(), e.orderedAt()), false));
    }

    @Bean
    IntegrationEventHandler<HazardClosedV1> reportClosed() {
        return IntegrationEventHandler.of(HazardClosedV1.class, (e, ctx) -> record(e.hazardId(),
                new ReportStatus(ctx.id(), "CLOSED", null, e.closedAt()), false));
    }

    @Bean
    IntegrationEventHandler<PublicReportFiledV1> reportFiled() {
        return IntegrationEventHandler.of(PublicReportFiledV1.class, (e, ctx) -> {
            Report report = mongo.findById(e.reportId(), Report.class, COLLECTION);
            List<ReportStatus> statuses = report == null ? List.of() : report.statuses();
            flush(new Report(e.reportId(), e.clientId(), statuses, report == null ? 0 : report.delivered()));
        });
    }

    /** @param first only a public report's {@code reported} event starts tracking a hazard */
    private void record(String reportId, ReportStatus status, boolean first) {
        Report report = mongo.findById(reportId, Report.class, COLLECTION);
        if (report == null && !first) {
            return; // not a public report
        }
        List<ReportStatus> statuses = new ArrayList<>(report == null ? List.of() : report.statuses());
        if (statuses.stream().anyMatch(s -> s.eventId().equals(status.eventId()))) {
            return; // redelivered
        }
        statuses.add(status);
        flush(new Report(reportId, report == null ? null : report.clientId(), statuses,
                report == null ? 0 : report.delivered()));
    }

    /** Hands the statuses not yet handed over to the outbox, numbered 1, 2, 3… per report, once the client is known. */
    private void flush(Report report) {
        int delivered = report.delivered();
        if (report.clientId() != null) {
            for (; delivered < report.statuses().size(); delivered++) {
                ReportStatus status = report.statuses().get(delivered);
                deliveries.add(status.eventId(), report.clientId(), report.reportId(), TYPE, delivered + 1,
                        body(report, status, delivered + 1), Instant.now());
            }
        }
        mongo.save(new Report(report.reportId(), report.clientId(), report.statuses(), delivered), COLLECTION);
    }

    private String body(Report report, ReportStatus status, long sequence) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reportId", report.reportId());
        data.put("clientId", report.clientId());
        data.put("sequence", sequence);
        data.put("status", status.status());
        data.put("deadline", status.deadline());
        data.put("changedAt", status.changedAt());
        return StructuredCloudEvent.of(json, status.eventId(), SOURCE, TYPE, report.reportId(),
                status.changedAt().atOffset(ZoneOffset.UTC), data);
    }
}
