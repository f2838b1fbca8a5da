package org.firegov.accountability.party;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The county's responsible parties, from {@code firegov.parties} in application.yml: the towns and departments the
 * plan names, plus any the county configures. A bad entry stops the service at start with a clear message.
 */
@Validated
@ConfigurationProperties("firegov")
public record PartiesProperties(@Valid @NotNull List<Party> parties) {

    public record Party(@NotNull PartyKind kind, @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}") String code,
                        @NotBlank String nameZh, @NotBlank String nameEn, @PositiveOrZero Long population,
                        String populationSource, boolean named) {

        ResponsibleParty toParty() {
            return new ResponsibleParty(kind, code, nameZh, nameEn, population, populationSource, named);
        }
    }
}
