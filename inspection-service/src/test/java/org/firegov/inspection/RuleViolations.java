package org.firegov.inspection;

import org.firegov.kit.domain.BusinessRuleViolation;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;

/** Matches a broken business rule by its stable code, for aggregate fixtures' {@code expectException}. */
public final class RuleViolations {

    public static Matcher<BusinessRuleViolation> code(String code) {
        return new CustomTypeSafeMatcher<>("a business rule violation with code " + code) {
            @Override
            protected boolean matchesSafely(BusinessRuleViolation violation) {
                return code.equals(violation.code());
            }
        };
    }

    private RuleViolations() {
    }
}
