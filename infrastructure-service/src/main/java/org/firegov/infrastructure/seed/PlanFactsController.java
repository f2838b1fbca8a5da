package org.firegov.infrastructure.seed;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The plan's stated infrastructure figures (read by every infrastructure reader). */
@RestController
class PlanFactsController {

    @GetMapping("/api/infrastructure/plan-facts")
    PlanFacts planFacts() {
        return PlanFacts.OF_THE_PLAN;
    }
}
