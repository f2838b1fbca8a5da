package org.firegov.kit.validation;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Bean Validation's "now" ({@code @PastOrPresent}, {@code @Future} … on dates) in the county's time, China Standard
 * Time, whatever the JVM's zone: a date is "today" as the people entering it count days. Without this, a service in a
 * UTC container refused "today" (e.g. an incident's or an inspection's date) from midnight to 08:00 in the county.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration")
public class CountyClockConfiguration {

    /** The county's zone (巫溪县: UTC+8, no daylight saving). */
    public static final ZoneId COUNTY_ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    ValidationConfigurationCustomizer countyClock() {
        return configuration -> configuration.clockProvider(() -> Clock.system(COUNTY_ZONE));
    }
}
