package org.partnershipledger.core.agreement;

import java.time.LocalDate;
import org.partnershipledger.core.PersonId;

/** A partner's signature on a version: the person who signed for it, and when. */
public record Signature(PersonId signatory, LocalDate signedOn) {}
