package org.firegov.accountability.party;

import java.util.List;

import org.firegov.kit.security.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/accountability/parties}: the committee sees every party, a department or town itself. */
@RestController
class PartyController {

    private final Parties parties;

    PartyController(Parties parties) {
        this.parties = parties;
    }

    @GetMapping("/api/accountability/parties")
    List<ResponsibleParty> parties(Actor actor) {
        return parties.visibleTo(actor);
    }
}
