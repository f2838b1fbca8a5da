package org.firegov.training.campaign;

/**
 * A photo kept as evidence that a campaign was held (活动照片), stored in the service's attachment store; the
 * domain event keeps its id and its SHA-256 so the evidence can later be shown unaltered.
 */
public record CampaignPhoto(String attachmentId, String filename, String contentType, long size, String sha256) {
}
