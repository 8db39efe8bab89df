package org.partnershipledger.query.conflict;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.conflict.ConflictCategory;
import org.partnershipledger.core.conflict.ConflictId;
import org.partnershipledger.core.conflict.MediatorRef;
import org.partnershipledger.core.partnership.ConflictAbandoned;
import org.partnershipledger.core.partnership.ConflictEscalated;
import org.partnershipledger.core.partnership.ConflictRaised;
import org.partnershipledger.core.partnership.ConflictResolved;
import org.partnershipledger.core.partnership.ConflictStepRecorded;
import org.partnershipledger.core.partnership.MediationSessionRecorded;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.query.history.HistoryEvent;

/** Writes a partnership's conflict history in stream order, numbering the events as the event store would. */
final class ConflictHistories {

    static final String PARTNERSHIP = "greenlanders-in-esbjerg";
    static final PartnerId VINDROSEN = new PartnerId("vindrosen");
    static final PartnerId ESBJERG = new PartnerId("esbjerg-kommune");
    static final MediatorRef CENTRE = new MediatorRef("Karen Holm", "Center for Konfliktløsning");

    private static final PartnershipId PARTNERSHIP_ID = new PartnershipId(PARTNERSHIP);

    private final List<HistoryEvent> events = new ArrayList<>();

    List<HistoryEvent> events() {
        return List.copyOf(events);
    }

    ConflictHistories raised(String conflictId, ConflictCategory category, LocalDate on) {
        return record(new ConflictRaised(
                PARTNERSHIP_ID,
                new ConflictId(conflictId),
                VINDROSEN,
                List.of(ESBJERG),
                "Reading of the exit clause",
                "We read three months' notice differently",
                category,
                on));
    }

    ConflictHistories dialogue(String conflictId, String note, LocalDate on) {
        return record(new ConflictStepRecorded(PARTNERSHIP_ID, new ConflictId(conflictId), note, on));
    }

    ConflictHistories escalated(String conflictId, LocalDate on) {
        return record(new ConflictEscalated(PARTNERSHIP_ID, new ConflictId(conflictId), CENTRE, on));
    }

    ConflictHistories mediationSession(String conflictId, String note, LocalDate on) {
        return record(new MediationSessionRecorded(PARTNERSHIP_ID, new ConflictId(conflictId), note, on));
    }

    ConflictHistories resolved(String conflictId, LocalDate on) {
        return record(new ConflictResolved(
                PARTNERSHIP_ID,
                new ConflictId(conflictId),
                "Notice runs from the steering meeting",
                Set.of(VINDROSEN, ESBJERG),
                on));
    }

    ConflictHistories abandoned(String conflictId, LocalDate on) {
        return record(new ConflictAbandoned(PARTNERSHIP_ID, new ConflictId(conflictId), "No longer relevant", on));
    }

    ConflictHistories record(PartnershipEvent event) {
        long sequence = events.size();
        events.add(new HistoryEvent(
                sequence,
                event.occurredOn(),
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(sequence),
                event));
        return this;
    }
}
