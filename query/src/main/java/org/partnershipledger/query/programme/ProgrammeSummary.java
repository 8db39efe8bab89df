package org.partnershipledger.query.programme;

import java.time.LocalDate;

/** Which programme, run by whom, for which period; where it stands is folded from its history. */
public record ProgrammeSummary(String id, String name, String facilitator, LocalDate startsOn, LocalDate endsOn) {}
