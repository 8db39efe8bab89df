package org.partnershipledger.query.conflict;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A partnership's conflict record at a glance.
 *
 * @param byCategory the number of conflicts per category present, sorted by category
 * @param byState the number of conflicts per state present, sorted by state
 * @param medianDaysToResolution the median days from raised to resolved over the resolved conflicts, null
 *     if none was resolved
 */
public record ConflictSummary(
        String partnershipId,
        Map<String, Long> byCategory,
        Map<String, Long> byState,
        Double medianDaysToResolution,
        int total) {

    public ConflictSummary {
        byCategory = Collections.unmodifiableSortedMap(new TreeMap<>(byCategory));
        byState = Collections.unmodifiableSortedMap(new TreeMap<>(byState));
    }
}
