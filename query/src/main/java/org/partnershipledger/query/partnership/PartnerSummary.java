package org.partnershipledger.query.partnership;

import java.time.LocalDate;

/**
 * A partner of a partnership in the list of partnerships; {@code leavesOn} is the day its notice takes
 * effect once it gave notice (in the past for a partner that has left), else null.
 */
public record PartnerSummary(String id, String name, String sector, LocalDate leavesOn) {

    public PartnerSummary(String id, String name, String sector) {
        this(id, name, sector, null);
    }

    /** Whether the partner had not left by {@code day}. */
    public boolean partnerOn(LocalDate day) {
        return leavesOn == null || day.isBefore(leavesOn);
    }
}
