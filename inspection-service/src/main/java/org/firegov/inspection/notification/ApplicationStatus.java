package org.firegov.inspection.notification;

/** Where a notification-commitment application (告知承诺) is. */
public enum ApplicationStatus {
    /** 已申请 — submitted with the applicant's commitment (承诺书), awaiting acceptance. */
    SUBMITTED,
    /** 已受理 — accepted on the commitment: the place may open; an on-site check is due by a deadline. */
    ACCEPTED,
    /** 已安排核查 — the on-site check (现场核查) is scheduled. */
    CHECK_SCHEDULED,
    /** 核查合格 — the check confirmed the commitment. */
    APPROVED,
    /** 不予受理 / 核查不合格 — refused at acceptance or failed at the check (the permission is revoked). */
    REJECTED
}
