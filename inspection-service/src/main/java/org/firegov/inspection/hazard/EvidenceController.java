package org.firegov.inspection.hazard;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.inspection.hazard.HazardCommands.SubmitRectification;
import org.firegov.kit.attachments.AttachmentStore;
import org.firegov.kit.attachments.AttachmentType;
import org.firegov.kit.domain.NotFound;
import org.firegov.kit.security.Actor;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Rectification with evidence (整改佐证材料): the unit submits what it did as {@code multipart/form-data} with up
 * to {@value #MAX_FILES} photos or PDFs, kept in the kit's attachment store; whoever may see the hazard downloads
 * them. Files of a submission the hazard refuses (wrong step, not the unit's hazard) are deleted again.
 */
@RestController
@RequestMapping("/api/inspection/hazards/{hazardId}")
class EvidenceController {

    static final int MAX_FILES = 10;
    private static final AttachmentStore.Upload UPLOAD =
            new AttachmentStore.Upload(0, MAX_FILES, EnumSet.allOf(AttachmentType.class));

    private final CommandGateway commands;
    private final AttachmentStore attachments;
    private final MongoTemplate mongo;

    EvidenceController(CommandGateway commands, AttachmentStore attachments, MongoTemplate mongo) {
        this.commands = commands;
        this.attachments = attachments;
        this.mongo = mongo;
    }

    static String owner(String hazardId) {
        return "hazard:" + hazardId;
    }

    @PostMapping(path = "/rectification", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Void> submit(Actor actor, @PathVariable String hazardId,
                                @RequestParam @NotBlank @Size(max = 2000) String description,
                                @RequestParam(name = "files", required = false) List<MultipartFile> files) {
        attachments.storeAll(files, owner(hazardId), UPLOAD, stored -> commands.sendAndWait(
                new SubmitRectification(hazardId, Requesters.of(actor), description.strip(), stored.stream()
                        .map(a -> new Evidence(a.id(), a.filename(), a.contentType(), a.size(), a.sha256())).toList(),
                        Instant.now())));
        return ResponseEntity.noContent().build();
    }

    /** Only for those who may see the hazard; an attachment of another hazard is 404 here. */
    @GetMapping("/evidence/{attachmentId}")
    ResponseEntity<Resource> download(Actor actor, @PathVariable String hazardId, @PathVariable String attachmentId) {
        if (!mongo.exists(HazardController.SCOPE.query(actor, Criteria.where("_id").is(hazardId)),
                HazardView.COLLECTION)) {
            throw new NotFound("hazard", hazardId);
        }
        return attachments.find(attachmentId, owner(hazardId))
                .orElseThrow(() -> new NotFound("attachment", attachmentId))
                .toResponse();
    }
}
