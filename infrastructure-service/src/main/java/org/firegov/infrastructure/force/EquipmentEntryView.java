package org.firegov.infrastructure.force;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One acquisition of equipment by a force: what the plan's "10,000+ sets by 2025" counts. */
@Document(EquipmentEntryView.COLLECTION)
public record EquipmentEntryView(@Id String entryId, @Indexed String forceId, String town,
                                 EquipmentCategory category, String description, int quantity, LocalDate acquiredOn,
                                 int year) {

    public static final String COLLECTION = "equipment_entries";
}
