package org.firegov.integration.disclosure;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One fact of the public disclosure feed (一公开): what the law lets be public, nothing more.
 *
 * @param id         the integration event's id (a redelivered event is never added twice)
 * @param cursor     position in the feed; strictly increasing in the order facts were added, gaps possible
 * @param kind       what happened, see {@link DisclosureKind}
 * @param subject    the plan, inspection, hazard or dishonesty record it is about
 * @param occurredAt when it happened at its source
 * @param data       the public fields of the fact
 */
@Document(DisclosureEntry.COLLECTION)
public record DisclosureEntry(@Id String id, @Indexed(unique = true) long cursor, DisclosureKind kind,
                              String subject, Instant occurredAt, Map<String, Object> data) {

    public static final String COLLECTION = "disclosures";
}
