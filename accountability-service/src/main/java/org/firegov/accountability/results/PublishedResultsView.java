package org.firegov.accountability.results;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A year's published results (public: names, totals, grades and ranks only). */
@Document(PublishedResultsView.COLLECTION)
public record PublishedResultsView(@Id String publicationId, int year, String schemeId,
                                   List<ResultsPublication.Result> results, Instant publishedAt, String publishedBy) {

    public static final String COLLECTION = "published_results";
}
