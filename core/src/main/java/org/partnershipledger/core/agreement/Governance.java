package org.partnershipledger.core.agreement;

/** How often the steering group and the working group meet, in the agreement's words ("4 times a year"). */
public record Governance(String steeringGroupCadence, String workingGroupCadence) {

    public Governance {
        steeringGroupCadence = SectionValues.text(steeringGroupCadence);
        workingGroupCadence = SectionValues.text(workingGroupCadence);
    }
}
