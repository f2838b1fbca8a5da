package org.firegov.accountability.openhazards;

import org.firegov.accountability.openhazards.OpenHazardsView.OpenHazards;
import org.firegov.kit.security.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/accountability/open-hazards}: the committee sees the county, others their own scope. */
@RestController
class OpenHazardsController {

    private final OpenHazardsView view;

    OpenHazardsController(OpenHazardsView view) {
        this.view = view;
    }

    @GetMapping("/api/accountability/open-hazards")
    OpenHazards openHazards(Actor actor) {
        return view.of(actor);
    }
}
