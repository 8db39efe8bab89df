package org.partnershipledger.core.decision;

import java.time.LocalDate;

/** One text of a meeting's minutes and the date it was written; a correction adds one, the original stays. */
public record MinutesVersion(String text, LocalDate writtenOn) {}
