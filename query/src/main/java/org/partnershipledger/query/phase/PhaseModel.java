package org.partnershipledger.query.phase;

import java.util.List;
import org.partnershipledger.query.history.HistoryEvent;

/**
 * One interpretation of how a group develops, applied to a partnership's history. Models are pure
 * functions of the history, so a researcher can compare them over the same data, as of any date.
 */
public interface PhaseModel {

    /** The name a researcher picks the model by, e.g. {@code firo}. */
    String name();

    /** The model's phase names in their usual order, for a legend. */
    List<String> phases();

    /**
     * The phase intervals of a history given in stream order (which need not be domain order: history is
     * often entered afterwards).
     */
    Timeline timeline(List<HistoryEvent> history);
}
