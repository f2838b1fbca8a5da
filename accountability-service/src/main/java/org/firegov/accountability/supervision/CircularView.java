package org.firegov.accountability.supervision;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A circular as the portals list it; {@code towns} and {@code departments} hold the named parties' codes, so the
 * kit's scope filter shows each party the circulars naming it.
 */
@Document(CircularView.COLLECTION)
public record CircularView(@Id String circularId, Circular.Kind kind, String title, String body,
                           List<Circular.Named> parties, List<String> towns, List<String> departments,
                           LocalDate issuedOn, String issuedBy) {

    public static final String COLLECTION = "circulars";
}
