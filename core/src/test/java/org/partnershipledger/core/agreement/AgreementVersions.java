package org.partnershipledger.core.agreement;

import static org.partnershipledger.core.agreement.AgreementDraft.ESBJERG_KOMMUNE;
import static org.partnershipledger.core.agreement.AgreementDraft.VINDROSEN;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;

/** Test data: two versions of the Esbjerg agreement and the history an agreement's tests build from them. */
final class AgreementVersions {

    static final PartnershipId ID = new PartnershipId("greenlanders-in-esbjerg");
    static final PartnerId ESBJERG_POLITI = new PartnerId("p-esbjerg-politi");
    static final Set<PartnerId> BOTH = Set.of(VINDROSEN, ESBJERG_KOMMUNE);
    static final PersonId SIGNATORY = new PersonId("person-signatory");
    static final LocalDate PROPOSED = LocalDate.of(2004, 1, 15);
    static final LocalDate SIGNED = LocalDate.of(2004, 3, 1);

    static final AgreementContent FIRST_TEXT = AgreementDraft.greenlandersInEsbjerg();
    static final AgreementContent AMENDED_TEXT = new AgreementDraft()
            .changes(new ChangesAndExit("Only in agreement.", "With one month's notice.", Period.ofMonths(1)))
            .dialogue(new DialogueAndConflictHandling("We talk first.", new Mediator("Vindrosen's chair", "")))
            .content();
    static final ContentHash FIRST = ContentHash.of(FIRST_TEXT);
    static final ContentHash AMENDED = ContentHash.of(AMENDED_TEXT);

    private AgreementVersions() {}

    static void propose(Agreement agreement, AgreementContent content) {
        agreement.onProposed(agreement.nextVersionNumber(), content, ContentHash.of(content), VINDROSEN, PROPOSED);
    }

    static void signByBoth(Agreement agreement, int version) {
        agreement.onSigned(version, VINDROSEN, SIGNATORY, SIGNED);
        agreement.onSigned(version, ESBJERG_KOMMUNE, new PersonId("person-esbjerg"), SIGNED);
    }
}
