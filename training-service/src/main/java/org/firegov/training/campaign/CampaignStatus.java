package org.firegov.training.campaign;

/** A campaign is planned, then either held or cancelled; both are final. */
public enum CampaignStatus {
    PLANNED, HELD, CANCELLED
}
