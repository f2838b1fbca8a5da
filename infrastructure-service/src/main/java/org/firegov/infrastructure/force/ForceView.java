package org.firegov.infrastructure.force;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Read model of a force with its vehicles on duty, the equipment it holds per category (pieces or sets) and, for
 * a station, its protection area in km² (null until set).
 */
@Document(ForceView.COLLECTION)
public record ForceView(@Id String forceId, ForceKind kind, String name, @Indexed String town,
                        StationClass stationClass, int personnel, List<VehicleView> vehicles, Instant registeredAt,
                        BigDecimal protectionAreaKm2, Map<EquipmentCategory, Integer> equipment) {

    public static final String COLLECTION = "forces";

    public record VehicleView(String vehicleId, VehicleType type, VehicleType.Group group, String plate,
                              LocalDate acquiredOn) {
    }

    public ForceView {
        vehicles = vehicles == null ? List.of() : vehicles;
        equipment = equipment == null ? Map.of() : equipment;
    }

    ForceView withVehicles(List<VehicleView> changed) {
        return new ForceView(forceId, kind, name, town, stationClass, personnel, changed, registeredAt,
                protectionAreaKm2, equipment);
    }

    ForceView withEquipment(Map<EquipmentCategory, Integer> changed) {
        return new ForceView(forceId, kind, name, town, stationClass, personnel, vehicles, registeredAt,
                protectionAreaKm2, changed);
    }

    ForceView withProtectionArea(BigDecimal areaKm2) {
        return new ForceView(forceId, kind, name, town, stationClass, personnel, vehicles, registeredAt, areaKm2,
                equipment);
    }
}
