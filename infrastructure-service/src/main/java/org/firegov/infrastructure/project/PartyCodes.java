package org.firegov.infrastructure.project;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The accountability party codes a key project or milestone may name as responsible (责任主体): the towns and
 * departments configured in accountability-service ({@code firegov.parties}), repeated here as
 * {@code firegov.infrastructure.responsible-parties} so both services agree on the codes.
 */
@ConfigurationProperties("firegov.infrastructure")
record PartyCodes(List<String> responsibleParties) {

    PartyCodes {
        responsibleParties = responsibleParties == null ? List.of() : List.copyOf(responsibleParties);
    }

    boolean known(String code) {
        return responsibleParties.contains(code);
    }
}
