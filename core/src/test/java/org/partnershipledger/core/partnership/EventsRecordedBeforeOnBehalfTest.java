package org.partnershipledger.core.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.agreement.ContentHash;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.decision.Stance;
import org.partnershipledger.core.decision.StanceGiven;
import org.partnershipledger.core.store.LedgerSerializer;

/** Signatures and stances stored before acts could be recorded on someone's behalf still load, as given in the ledger. */
class EventsRecordedBeforeOnBehalfTest {

    private static final ObjectMapper JSON = LedgerSerializer.objectMapper();
    private static final PartnershipId ID = new PartnershipId("esbjerg");
    private static final LocalDate ON = LocalDate.of(2004, 4, 20);
    private static final StanceGiven CONSENT =
            new StanceGiven(new PartnerId("vindrosen"), Stance.CONSENT, new PersonId("anne"), null, ON);

    /** The event as it was stored before the field existed: without it. */
    private static <T> T storedWithout(T event, String field) throws Exception {
        ObjectNode stored = JSON.valueToTree(event);
        stored.remove(field);
        @SuppressWarnings("unchecked")
        T read = (T) JSON.treeToValue(stored, event.getClass());
        return read;
    }

    @Test
    void aSignatureStoredWithoutADocumentReadsAsSignedInTheLedger() throws Exception {
        AgreementSigned signed = new AgreementSigned(
                ID, 1, new ContentHash("a".repeat(64)), new PartnerId("vindrosen"), new PersonId("signs"), ON);

        AgreementSigned read = storedWithout(signed, "recordedOnBehalf");

        assertThat(read).isEqualTo(signed);
        assertThat(read.recordedOnBehalf()).isNull();
    }

    @Test
    void aStanceStoredWithoutADocumentReadsAsGivenInTheLedger() throws Exception {
        StanceRecorded recorded = new StanceRecorded(ID, new ProposalId("cadence"), CONSENT);

        StanceRecorded read = storedWithout(recorded, "recordedOnBehalf");

        assertThat(read).isEqualTo(recorded);
        assertThat(read.recordedOnBehalf()).isNull();
    }

    @Test
    void aStanceFromALetterKeepsItsDocumentThroughTheStore() throws Exception {
        StanceRecorded fromLetter = new StanceRecorded(
                ID,
                new ProposalId("cadence"),
                CONSENT,
                new OutsideRecord(new PersonId("secretary"), DocumentKind.LETTER, ON, "2004/17"));

        assertThat(JSON.readValue(JSON.writeValueAsBytes(fromLetter), StanceRecorded.class))
                .isEqualTo(fromLetter);
    }
}
