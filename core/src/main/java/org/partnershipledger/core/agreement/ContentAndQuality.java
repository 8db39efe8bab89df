package org.partnershipledger.core.agreement;

/** The activity the partners develop together, and the quality it must have. */
public record ContentAndQuality(String activity, String qualityRequirements) {

    public ContentAndQuality {
        activity = SectionValues.text(activity);
        qualityRequirements = SectionValues.text(qualityRequirements);
    }
}
