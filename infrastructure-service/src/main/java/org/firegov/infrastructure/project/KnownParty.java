package org.firegov.infrastructure.project;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A configured accountability party code ({@link PartyCodes}); null passes (pair with {@code @NotBlank}). */
@Documented
@Constraint(validatedBy = KnownParty.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@interface KnownParty {

    String message() default "must be a configured party code: a town such as xiabao or a department such as housing";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Created by Spring's constraint validator factory, which injects the configured codes. */
    class Validator implements ConstraintValidator<KnownParty, String> {

        private final PartyCodes codes;

        Validator(PartyCodes codes) {
            this.codes = codes;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || codes.known(value);
        }
    }
}
