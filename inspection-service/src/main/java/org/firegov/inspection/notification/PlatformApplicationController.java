package org.firegov.inspection.notification;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.inspection.notification.OpeningApplicationCommands.Attachment;
import org.firegov.inspection.notification.OpeningApplicationCommands.SubmitApplication;
import org.firegov.kit.domain.NotFound;
import org.firegov.kit.readmodel.PageOf;
import org.firegov.kit.security.CurrentActor;
import org.firegov.kit.validation.CreditCode;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The government-service platform's side (政务服务平台, role {@code gov-platform}): it submits applications for
 * the venues that apply online and reads their status; it sees only the applications it submitted itself. The
 * gateway serves these as {@code /api/integration/opening-applications/**}. POSTs need an {@code Idempotency-Key}
 * (the kit's idempotency filter).
 */
@RestController
@RequestMapping("/api/inspection/platform/opening-applications")
class PlatformApplicationController {

    /** Where the platform finds an application through the gateway. */
    static final String INTEGRATION_PATH = "/api/integration/opening-applications/";

    private final CommandGateway commands;
    private final MongoTemplate mongo;

    PlatformApplicationController(CommandGateway commands, MongoTemplate mongo) {
        this.commands = commands;
        this.mongo = mongo;
    }

    record AttachmentRequest(@NotBlank @Size(max = 200) String name,
                             @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url,
                             @NotBlank @Pattern(regexp = "[0-9a-f]{64}", message = "must be a SHA-256 in lower-case hex") String sha256) {
    }

    record SubmitRequest(@NotBlank @Size(max = 200) String venueName,
                         @NotBlank @CreditCode String creditCode,
                         @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "must be a town code such as xiabao") String town,
                         @NotBlank @Size(max = 500) String address,
                         @NotBlank @Size(max = 5000) String commitment,
                         @NotNull @Size(max = 20) List<@Valid @NotNull AttachmentRequest> attachments) {
    }

    record Submitted(String applicationId, ApplicationStatus status) {
    }

    @PostMapping
    ResponseEntity<Submitted> submit(@Valid @RequestBody SubmitRequest request) {
        String applicationId = UUID.randomUUID().toString();
        commands.sendAndWait(new SubmitApplication(applicationId, client(), request.venueName().strip(),
                request.creditCode(), request.town(), request.address().strip(), request.commitment().strip(),
                request.attachments().stream().map(a -> new Attachment(a.name(), a.url(), a.sha256())).toList()));
        return ResponseEntity.created(URI.create(INTEGRATION_PATH + applicationId))
                .body(new Submitted(applicationId, ApplicationStatus.SUBMITTED));
    }

    @GetMapping
    PageOf<OpeningApplicationView> list(Pageable pageable) {
        Query query = Query.query(Criteria.where("clientId").is(client()))
                .with(Sort.by(Sort.Direction.DESC, "submittedAt"));
        return PageOf.query(mongo, query, pageable, OpeningApplicationView.class, OpeningApplicationView.COLLECTION);
    }

    @GetMapping("/{applicationId}")
    OpeningApplicationView get(@PathVariable String applicationId) {
        OpeningApplicationView view = mongo.findOne(Query.query(Criteria.where("_id").is(applicationId)
                .and("clientId").is(client())), OpeningApplicationView.class, OpeningApplicationView.COLLECTION);
        if (view == null) {
            throw new NotFound("application", applicationId);
        }
        return view;
    }

    private static String client() {
        return CurrentActor.clientId().orElseThrow(() -> new NotFound("client", "?"));
    }
}
