package org.firegov.kit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.PastOrPresent;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CountyClockConfigurationTest {

    record Occurred(@PastOrPresent LocalDate on) {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(ValidationAutoConfiguration.class, CountyClockConfiguration.class));

    @Test
    void validation_counts_days_in_the_countys_time_whatever_the_jvms_zone() {
        context.run(app -> {
            assertThat(app.getBean(ValidatorFactory.class).getClockProvider().getClock().getZone())
                    .isEqualTo(ZoneId.of("Asia/Shanghai"));
            Validator validator = app.getBean(Validator.class);
            LocalDate countyToday = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            assertThat(validator.validate(new Occurred(countyToday))).as("today in the county").isEmpty();
            assertThat(validator.validate(new Occurred(countyToday.plusDays(1)))).as("tomorrow").hasSize(1);
        });
    }
}
