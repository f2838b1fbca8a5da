package org.firegov.inspection.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.firegov.inspection.notification.OpeningApplicationCommands.Attachment;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** Read model of a notification-commitment application (告知承诺) for the brigade and the submitting platform. */
@Document(OpeningApplicationView.COLLECTION)
public record OpeningApplicationView(@Id String applicationId, @Indexed String clientId, String venueName,
                                     @Indexed String creditCode, @Indexed String town, String address,
                                     String commitment, List<Attachment> attachments, ApplicationStatus status,
                                     long sequence, String reason, LocalDate checkDueBy, LocalDate checkDate,
                                     Instant submittedAt, Instant updatedAt) {

    public static final String COLLECTION = "opening_applications";
}
