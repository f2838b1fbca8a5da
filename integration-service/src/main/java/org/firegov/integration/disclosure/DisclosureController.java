package org.firegov.integration.disclosure;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public disclosure feed for incremental sync: {@code GET /api/integration/disclosures?after=<cursor>}
 * returns the facts added after that cursor, oldest first; the platform stores {@code nextCursor} and asks again.
 */
@RestController
@Validated
@RequestMapping("/api/integration/disclosures")
class DisclosureController {

    private final DisclosureFeed feed;

    DisclosureController(DisclosureFeed feed) {
        this.feed = feed;
    }

    /**
     * @param nextCursor the cursor to ask with next time (the last item's, or the one asked with when empty)
     * @param hasMore    more facts are waiting beyond this page: ask again right away
     */
    record FeedPage(List<DisclosureEntry> items, long nextCursor, boolean hasMore) {
    }

    @GetMapping
    FeedPage after(@RequestParam(defaultValue = "0") @Min(0) long after,
                   @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit,
                   @RequestParam(required = false) DisclosureKind kind) {
        List<DisclosureEntry> page = feed.after(after, kind, limit + 1);
        boolean hasMore = page.size() > limit;
        List<DisclosureEntry> items = hasMore ? page.subList(0, limit) : page;
        long next = items.isEmpty() ? after : items.get(items.size() - 1).cursor();
        return new FeedPage(items, next, hasMore);
    }
}
