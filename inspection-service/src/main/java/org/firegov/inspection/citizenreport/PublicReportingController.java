package org.firegov.inspection.citizenreport;

import java.net.URI;
import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.firegov.inspection.citizenreport.CitizenReportCommands.FileCitizenReport;
import org.firegov.inspection.citizenreport.CitizenReportCommands.Receipt;
import org.firegov.inspection.hazard.HazardView;
import org.firegov.kit.axon.DuplicateAggregate;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.domain.InvalidInput;
import org.firegov.kit.domain.NotFound;
import org.firegov.kit.validation.CreditCode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Anyone reports a fire hazard (群众举报) without signing in: fetch a form token, send the report with it, get a
 * tracking code, look the stage up by the code. Abuse resistance without a captcha: the kit's per-address rate limit
 * and body cap ({@code firegov.rate-limit}), the signed form token with a minimum fill time and a lifetime, a
 * honeypot field ({@code homepage}, hidden from people), one report per form, duplicates within a window.
 */
@RestController
@RequestMapping("/api/inspection/public/reports")
class PublicReportingController {

    private final CommandGateway commands;
    private final MongoTemplate mongo;
    private final FormTokens forms;

    PublicReportingController(CommandGateway commands, MongoTemplate mongo, FormTokens forms) {
        this.commands = commands;
        this.mongo = mongo;
        this.forms = forms;
    }

    /** Exactly one of {@code unitId} or {@code address} names the place; {@code homepage} must stay empty. */
    record ReportRequest(@NotBlank String formToken, String homepage, @CreditCode String unitId,
                         @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "must be a town code such as xiabao")
                         String town,
                         @Size(max = 200) String address,
                         @NotBlank @Size(min = 5, max = 1000) String description,
                         @Size(max = 100) String contact) {
    }

    record Filed(String trackingCode, boolean duplicate) {
    }

    record Status(String trackingCode, PublicStage stage, Instant receivedAt) {
    }

    @GetMapping("/form")
    FormTokens.Form form() {
        return forms.issue(Instant.now());
    }

    @PostMapping
    ResponseEntity<Filed> file(@Valid @RequestBody ReportRequest request) {
        if (request.homepage() != null && !request.homepage().isEmpty()) {
            throw new BusinessRuleViolation("automated-submission",
                    "the form was filled in by a program (a field hidden from people has a value)");
        }
        boolean atUnit = !blank(request.unitId());
        if (atUnit == !blank(request.address())) {
            throw new InvalidInput("unitId", "name either a registered unit (unitId) or an address, not both");
        }
        if (request.description().strip().length() < 5) {
            throw new InvalidInput("description", "size must be between 5 and 1000 (not counting white space around)");
        }
        Instant now = Instant.now();
        String reportId = ReportKeys.reportIdOf(forms.check(request.formToken(), now));
        String town = atUnit || blank(request.town()) ? null : request.town();
        String address = atUnit ? null : request.address().strip();
        String description = request.description().strip();
        FileCitizenReport command = new FileCitizenReport(reportId, ReportKeys.newTrackingCode(),
                atUnit ? request.unitId() : null, town, address, description,
                blank(request.contact()) ? null : request.contact().strip(),
                ReportKeys.duplicateKeyOf(atUnit ? request.unitId() : null, town, address, description), now);
        Receipt receipt = fileOnce(command);
        Filed filed = new Filed(receipt.trackingCode(), receipt.duplicate());
        return receipt.duplicate() ? ResponseEntity.ok(filed) : ResponseEntity.created(
                URI.create("/api/inspection/public/reports/" + receipt.trackingCode())).body(filed);
    }

    /** The stage only: no unit, description, contact or who handles it. */
    @GetMapping("/{trackingCode}")
    Status status(@PathVariable String trackingCode) {
        String code = ReportKeys.normalisedTrackingCode(trackingCode);
        CitizenReportView report = code == null ? null : mongo.findOne(
                Query.query(Criteria.where("trackingCode").is(code)), CitizenReportView.class,
                CitizenReportView.COLLECTION);
        if (report == null) {
            throw new NotFound("report", trackingCode);
        }
        HazardView hazard = report.hazardId() == null ? null
                : mongo.findById(report.hazardId(), HazardView.class, HazardView.COLLECTION);
        return new Status(code, PublicStage.of(report, hazard), report.receivedAt());
    }

    /** Two identical reports racing: the loser of the event store's unique key sends again and gets the receipt. */
    private Receipt fileOnce(FileCitizenReport command) {
        try {
            return commands.sendAndWait(command);
        } catch (RuntimeException race) {
            if (!DuplicateAggregate.causedBy(race) && !(race instanceof ConcurrencyException)) {
                throw race;
            }
            return commands.sendAndWait(command);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
