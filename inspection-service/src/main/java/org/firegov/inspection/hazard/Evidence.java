package org.firegov.inspection.hazard;

/**
 * A file the unit attached to its rectification as evidence (a photo, a PDF), kept in the service's attachment
 * store (GridFS); the event records what was stored so the evidence can be shown unaltered (SHA-256).
 */
public record Evidence(String attachmentId, String filename, String contentType, long size, String sha256) {
}
