package org.firegov.training.course;

import java.time.LocalDate;

import org.firegov.training.party.PartyType;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A training certificate (培训合格证) as portals list it; valid until {@code expiresOn}. */
@Document(CertificateView.COLLECTION)
public record CertificateView(@Id String certificateNo, @Indexed String courseId, String courseTitle,
                              @Indexed String traineeId, String name, @Indexed String unitId,
                              TargetGroup targetGroup, @Indexed String town, PartyType organiserType,
                              String organiserCode, @Indexed String department, double hoursAttended, int score,
                              LocalDate issuedOn, @Indexed LocalDate expiresOn) {

    public static final String COLLECTION = "certificates";
}
