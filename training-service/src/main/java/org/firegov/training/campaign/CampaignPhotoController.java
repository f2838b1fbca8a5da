package org.firegov.training.campaign;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.Valid;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.kit.attachments.AttachmentStore;
import org.firegov.kit.attachments.AttachmentType;
import org.firegov.kit.domain.NotFound;
import org.firegov.kit.security.Actor;
import org.firegov.training.County;
import org.firegov.training.campaign.CampaignCommands.AttachCampaignPhotos;
import org.firegov.training.campaign.CampaignCommands.HoldCampaign;
import org.firegov.training.party.Parties;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos as evidence of a held campaign (活动照片), kept in the kit's attachment store: the organiser (or the
 * brigade) uploads JPEG or PNG files as {@code multipart/form-data}, when recording the campaign held or later;
 * whoever may see the campaign downloads them.
 * Files of an upload the campaign refuses (not held, not the organiser) are deleted again. Photos are not public.
 */
@RestController
@RequestMapping("/api/training/campaigns/{campaignId}")
class CampaignPhotoController {

    static final int MAX_FILES = 10;
    private static final Set<AttachmentType> PHOTOS = EnumSet.of(AttachmentType.JPEG, AttachmentType.PNG);

    private final CommandGateway commands;
    private final AttachmentStore attachments;
    private final MongoTemplate mongo;

    CampaignPhotoController(CommandGateway commands, AttachmentStore attachments, MongoTemplate mongo) {
        this.commands = commands;
        this.attachments = attachments;
        this.mongo = mongo;
    }

    static String owner(String campaignId) {
        return "campaign:" + campaignId;
    }

    record Uploaded(List<CampaignPhoto> photos) {
    }

    /** Record a planned campaign held and attach its photos in one step (the JSON {@code /hold} takes none). */
    @PostMapping(path = "/hold", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Void> hold(Actor actor, @PathVariable String campaignId,
                              @Valid @ModelAttribute CampaignController.HoldCampaignRequest request,
                              @RequestParam(name = "files", required = false) List<MultipartFile> files) {
        mustSee(actor, campaignId);
        withPhotos(campaignId, files, 0, photos -> new HoldCampaign(campaignId, request.heldDate(),
                request.peopleReached(), request.note(), County.today(), Parties.of(actor), photos));
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Uploaded upload(Actor actor, @PathVariable String campaignId,
                    @RequestParam(name = "files", required = false) List<MultipartFile> files) {
        mustSee(actor, campaignId);
        return new Uploaded(withPhotos(campaignId, files, 1,
                photos -> new AttachCampaignPhotos(campaignId, photos, Parties.of(actor))));
    }

    /** Stores the photos, sends the command that records them, and deletes them again if it is refused. */
    private List<CampaignPhoto> withPhotos(String campaignId, List<MultipartFile> files, int atLeast,
                                           Function<List<CampaignPhoto>, Object> command) {
        return attachments.storeAll(files, owner(campaignId), new AttachmentStore.Upload(atLeast, MAX_FILES, PHOTOS),
                stored -> {
                    List<CampaignPhoto> photos = stored.stream().map(a -> new CampaignPhoto(a.id(), a.filename(),
                            a.contentType(), a.size(), a.sha256())).toList();
                    commands.sendAndWait(command.apply(photos));
                    return photos;
                });
    }

    /** Only for those who may see the campaign; a photo of another campaign is 404 here. */
    @GetMapping("/photos/{attachmentId}")
    ResponseEntity<Resource> download(Actor actor, @PathVariable String campaignId,
                                      @PathVariable String attachmentId) {
        mustSee(actor, campaignId);
        return attachments.find(attachmentId, owner(campaignId))
                .orElseThrow(() -> new NotFound("photo", attachmentId))
                .toResponse();
    }

    private void mustSee(Actor actor, String campaignId) {
        if (!mongo.exists(CampaignController.SCOPE.query(actor, Criteria.where("_id").is(campaignId)),
                CampaignView.COLLECTION)) {
            throw new NotFound("campaign", campaignId);
        }
    }
}
