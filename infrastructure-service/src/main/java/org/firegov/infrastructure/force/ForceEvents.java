package org.firegov.infrastructure.force;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** Domain events of the stations-and-forces register, private to infrastructure-service. */
public final class ForceEvents {

    @Revision("1")
    public record ForceRegistered(String forceId, ForceKind kind, String name, String town,
                                  StationClass stationClass, int personnel) {
    }

    /** @param acquiredOn added in revision 2; null in older history and when unknown */
    @Revision("2")
    public record VehicleAssigned(String forceId, String vehicleId, VehicleType type, String plate,
                                  LocalDate acquiredOn) {
    }

    @Revision("1")
    public record VehicleRetired(String forceId, String vehicleId, VehicleType type, String reason) {
    }

    @Revision("1")
    public record EquipmentAdded(String forceId, String entryId, EquipmentCategory category, String description,
                                 int quantity, LocalDate acquiredOn) {
    }

    /** @param remaining what the force still holds of the category afterwards */
    @Revision("1")
    public record EquipmentWrittenOff(String forceId, EquipmentCategory category, int quantity, int remaining,
                                      String reason) {
    }

    @Revision("1")
    public record ProtectionAreaSet(String forceId, BigDecimal areaKm2) {
    }

    private ForceEvents() {
    }
}
