package org.firegov.accountability.party;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.domain.NotFound;
import org.firegov.kit.security.Actor;
import org.firegov.kit.security.Role;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** The registry of responsible parties (configuration, not events: it changes with the county's organisation). */
@Component
@EnableConfigurationProperties(PartiesProperties.class)
public class Parties {

    private final List<ResponsibleParty> all;

    Parties(PartiesProperties properties) {
        this.all = properties.parties().stream().map(PartiesProperties.Party::toParty)
                .sorted(Comparator.comparing(ResponsibleParty::kind).thenComparing(ResponsibleParty::code))
                .toList();
        long distinct = all.stream().map(p -> p.kind() + "/" + p.code()).distinct().count();
        if (distinct != all.size()) {
            throw new IllegalStateException("firegov.parties lists a party twice");
        }
    }

    public List<ResponsibleParty> all() {
        return all;
    }

    public Optional<ResponsibleParty> find(PartyKind kind, String code) {
        return all.stream().filter(p -> p.kind() == kind && p.code().equals(code)).findFirst();
    }

    /** The party named in a request; 422 {@code unknown-party} when there is none such. */
    public ResponsibleParty require(PartyKind kind, String code) {
        return find(kind, code).orElseThrow(() ->
                new BusinessRuleViolation("unknown-party", "no responsible party " + kind + " " + code));
    }

    /** One party the actor may see; 404 when it does not exist or is outside the actor's scope. */
    public ResponsibleParty visibleTo(Actor actor, PartyKind kind, String code) {
        return visibleTo(actor).stream().filter(p -> p.kind() == kind && p.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFound("party", kind + " " + code));
    }

    /** The parties an actor may see: county-wide roles all, a department or town itself. */
    public List<ResponsibleParty> visibleTo(Actor actor) {
        return all.stream().filter(p -> actor.countyWide()
                || (p.kind() == PartyKind.DEPARTMENT && actor.has(Role.DEPARTMENT) && p.code().equals(actor.department()))
                || (p.kind() == PartyKind.TOWN && actor.has(Role.TOWN) && p.code().equals(actor.town())))
                .toList();
    }
}
