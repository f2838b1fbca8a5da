package org.firegov.accountability.scoring;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One manual score as given at one moment, kept so a score can be shown as it stood at a quarter's end. */
@Document(ManualScoreRevision.COLLECTION)
record ManualScoreRevision(@Id String revisionId, ManualScoreView score) {

    static final String COLLECTION = "manual_score_revisions";
}
