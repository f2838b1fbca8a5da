package org.firegov.accountability.party;

/**
 * A town or an industry department that carries fire-safety responsibilities (消防安全责任主体).
 *
 * @param code       the lower-case code used in tokens and events, e.g. {@code xiabao}, {@code education}
 * @param population residents, where a rate per resident needs it; null when not configured (the plan gives none)
 * @param populationSource where the population figure comes from ({@code PLACEHOLDER} until the county enters
 *                         its statistics), null when no population is configured
 * @param named      named in the plan itself (as opposed to configured for the county)
 */
public record ResponsibleParty(PartyKind kind, String code, String nameZh, String nameEn, Long population,
                               String populationSource, boolean named) {
}
