package org.partnershipledger.core.agreement;

import java.util.List;

/** How the partnership is evaluated, on which measurement points, and how its results are anchored. */
public record EvaluationAndAnchoring(String method, List<String> measurementPoints, String anchoring) {

    public EvaluationAndAnchoring {
        method = SectionValues.text(method);
        measurementPoints = SectionValues.items(measurementPoints, "evaluation.measurementPoints");
        anchoring = SectionValues.text(anchoring);
    }
}
