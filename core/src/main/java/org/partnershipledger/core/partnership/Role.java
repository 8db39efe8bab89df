package org.partnershipledger.core.partnership;

/** What a person does for the partner they represent. */
public enum Role {
    STEERING_GROUP,
    WORKING_GROUP,
    /** Writes the decision minutes after each steering-group meeting; one per partnership. */
    SECRETARY,
    /** Leads the partnership on behalf of all; one per partnership. */
    LEAD,
    /** May sign agreement versions for the partner. */
    SIGNATORY
}
