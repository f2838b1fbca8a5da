package org.firegov.bench.baseline;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The same facts a hazard report records (火灾隐患), as one JPA row. */
@Entity
@Table(name = "baseline_hazard")
public class BaselineHazard {

    @Id
    private String hazardId;
    private String unitId;
    @Column(length = 2000)
    private String description;
    private String source;
    private boolean major;
    private String reportedBy;
    private Instant reportedAt;

    protected BaselineHazard() {
    }

    BaselineHazard(String hazardId, String unitId, String description, String source, boolean major,
                   String reportedBy, Instant reportedAt) {
        this.hazardId = hazardId;
        this.unitId = unitId;
        this.description = description;
        this.source = source;
        this.major = major;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
    }

    public String getHazardId() {
        return hazardId;
    }
}
