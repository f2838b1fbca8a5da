package org.firegov.bench.baseline;

import org.springframework.data.jpa.repository.JpaRepository;

/** Spring Data JPA: one INSERT per report. */
interface BaselineHazards extends JpaRepository<BaselineHazard, String> {
}
