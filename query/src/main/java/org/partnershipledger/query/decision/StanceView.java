package org.partnershipledger.query.decision;

import java.time.LocalDate;

/** A partner's stance on a proposal, the representative (person id) who gave it, when, and why. */
public record StanceView(String partner, String stance, String givenBy, LocalDate givenOn, String reason) {}
