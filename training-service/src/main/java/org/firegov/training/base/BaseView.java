package org.firegov.training.base;

import java.time.LocalDate;

import org.firegov.training.party.PartyType;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** An education base or theme park as the portals list it; {@code closedOn} null while open. */
@Document(BaseView.COLLECTION)
public record BaseView(@Id String baseId, BaseKind kind, String name, @Indexed String town, String address,
                       LocalDate openedOn, LocalDate closedOn, String closeReason, PartyType operatorType,
                       String operatorCode, @Indexed String department, boolean demo, String note) {

    public static final String COLLECTION = "education_bases";

    /** What anyone may see without login: a place to visit. */
    public record Public(String baseId, BaseKind kind, String name, String town, String address) {
    }

    boolean openOn(LocalDate day) {
        return !openedOn.isAfter(day) && (closedOn == null || closedOn.isAfter(day));
    }
}
