package org.firegov.inspection.iot;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Thresholds of IoT monitoring ({@code firegov.inspection.iot} in application.yml).
 *
 * @param minimumWaterPressureMpa a {@code WATER_PRESSURE} reading below this raises {@code LOW_WATER_PRESSURE}
 * @param maximumResidualCurrentMa an {@code ELECTRICAL} reading above this raises {@code ELECTRICAL} (电气火灾)
 * @param offlineAfter             a device silent for longer than this raises {@code OFFLINE} (离线)
 * @param offlineCheckInterval     how often silent devices are looked for
 * @param stateFlushInterval       how often the devices' latest states are written (one bulk write)
 * @param faultBecomesHazardAfter  a {@code FAULT} alarm still open this long after the fault was measured becomes a
 *                                 hazard (source IOT), checked every {@code offlineCheckInterval}
 */
@Validated
@ConfigurationProperties("firegov.inspection.iot")
public record IotProperties(@NotNull Double minimumWaterPressureMpa, @NotNull @Positive Double maximumResidualCurrentMa,
                            @NotNull Duration offlineAfter, @NotNull Duration offlineCheckInterval,
                            @NotNull Duration stateFlushInterval, @NotNull Duration faultBecomesHazardAfter) {
}
