package org.firegov.kit.attachments;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the attachment store ({@code firegov.attachments.*}).
 *
 * @param maxSize      the largest file accepted (default 10MB); larger → 413 {@code attachment-too-large}. Spring's
 *                     multipart limit is {@code firegov.attachments.max-request-size} (50MB; see
 *                     firegov-defaults.properties)
 * @param allowedTypes the kinds accepted, by content (default JPEG, PNG, PDF); others → 415
 *                     {@code unsupported-attachment-type}
 */
@ConfigurationProperties("firegov.attachments")
public record AttachmentProperties(@DefaultValue("10MB") DataSize maxSize, Set<AttachmentType> allowedTypes) {

    public AttachmentProperties {
        allowedTypes = allowedTypes == null || allowedTypes.isEmpty() ? EnumSet.allOf(AttachmentType.class)
                : EnumSet.copyOf(allowedTypes);
    }
}
