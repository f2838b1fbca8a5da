package org.firegov.kit.attachments;

import org.springframework.http.HttpStatus;

/**
 * A file the store refuses: too large (413 {@code attachment-too-large}) or of a kind not allowed (415
 * {@code unsupported-attachment-type}); answered as a problem naming the file by the kit's error handling.
 */
public class AttachmentRejected extends RuntimeException {

    private final HttpStatus status;
    private final String slug;

    private AttachmentRejected(HttpStatus status, String slug, String message) {
        super(message);
        this.status = status;
        this.slug = slug;
    }

    public static AttachmentRejected tooLarge(String filename, long maxBytes) {
        return new AttachmentRejected(HttpStatus.PAYLOAD_TOO_LARGE, "attachment-too-large",
                "'" + filename + "' is larger than the " + maxBytes + " bytes allowed");
    }

    public static AttachmentRejected unsupportedType(String filename, java.util.Set<AttachmentType> allowed) {
        return new AttachmentRejected(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-attachment-type",
                "'" + filename + "' is not one of " + allowed + " (judged by its content, not its name)");
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }
}
