package org.partnershipledger.web.conflict;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.partnershipledger.core.agreement.Mediator;
import org.partnershipledger.core.conflict.ConflictId;
import org.partnershipledger.core.conflict.MediatorRef;
import org.partnershipledger.core.conflict.UnknownConflictException;
import org.partnershipledger.core.partnership.AgreementProposed;
import org.partnershipledger.core.partnership.AgreementTookEffect;
import org.partnershipledger.query.conflict.ConflictHistory;
import org.partnershipledger.query.conflict.ConflictStepView;
import org.partnershipledger.query.conflict.ConflictView;
import org.partnershipledger.query.disclosure.Redaction;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.history.PartnershipState;
import org.partnershipledger.web.programme.PairTitles;
import org.partnershipledger.web.security.Histories;
import org.partnershipledger.web.security.Standing;
import org.springframework.stereotype.Component;

/**
 * A partnership's conflicts as the signed-in person may read them, for the conflict pages. Folded from the
 * reader's redacted history with the same fold the API answers "as of" with, rather than from the read
 * model, so a step recorded a moment ago shows on the page the person is sent back to.
 */
@Component
class ConflictRecords {

    private final Histories histories;
    private final PairTitles pairTitles;

    ConflictRecords(Histories histories, PairTitles pairTitles) {
        this.histories = histories;
        this.pairTitles = pairTitles;
    }

    /** What the pages read of one partnership: its name, every partner it had, its conflicts, the reader. */
    record Partnership(
            String id,
            String name,
            Map<String, String> partnerNames,
            List<PartnershipState.PartnerOnRecord> currentPartners,
            List<Conflict> conflicts,
            MediatorRef mediatorInAgreement,
            Standing standing) {

        /** A partner's name, or its id for a partner the history does not name. */
        public String nameOf(String partnerId) {
            return partnerNames.getOrDefault(partnerId, partnerId);
        }

        /** Partners' names for a list of ids, as one line. */
        public String namesOf(Collection<String> partnerIds) {
            return partnerIds.stream().map(this::nameOf).collect(Collectors.joining(", "));
        }

        public Conflict conflict(String conflictId) {
            return conflicts.stream()
                    .filter(conflict -> conflict.view().conflictId().equals(conflictId))
                    .findFirst()
                    .orElseThrow(() -> new UnknownConflictException(new ConflictId(conflictId)));
        }

        /** Whether the reader may record steps of this conflict: its partners and its mediator. */
        public boolean mayActOn(Conflict conflict) {
            return standing.mayReadConflict(new ConflictId(conflict.view().conflictId()));
        }
    }

    /**
     * A conflict and its age: the days since it was raised while it is open (until the partnership ended, if
     * it did), else the days it took until it was resolved or abandoned.
     */
    record Conflict(ConflictView view, boolean open, long ageInDays) {

        static Conflict of(ConflictView view, LocalDate today) {
            boolean open = view.daysToClose() == null;
            return new Conflict(view, open, open ? DAYS.between(view.raisedOn(), today) : view.daysToClose());
        }

        /** Whether a text of the conflict was withheld from this reader, who is not party to it. */
        public boolean withheld(String text) {
            return Redaction.WITHHELD.equals(text);
        }

        public boolean escalated() {
            return view.state().equals(ConflictStepView.ESCALATED);
        }

        /** The raiser first, then the partners concerned: whose consent resolves it. */
        public List<String> partnersInvolved() {
            return Stream.concat(Stream.of(view.raisedBy()), view.concerning().stream())
                    .distinct()
                    .toList();
        }
    }

    // Open conflicts first, as a mediator works on those; within each group in the order they were raised.
    private static final Comparator<Conflict> OPEN_FIRST = Comparator.comparing(conflict -> !conflict.open());

    Partnership read(String partnershipId) {
        Histories.Reading reading = histories.readable(partnershipId);
        List<HistoryEvent> history = histories.window(reading, Optional.empty(), Optional.empty());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        PartnershipState.View now = PartnershipState.of(history, today);
        // On the first possible day no partner has left yet: every partner the partnership ever had.
        Map<String, String> names = new LinkedHashMap<>();
        PartnershipState.of(history, LocalDate.MIN)
                .partners()
                .forEach(partner -> names.put(partner.id(), partner.name()));
        List<Conflict> conflicts = ConflictHistory.of(partnershipId, history).stream()
                // A conflict left open when the partnership ended is aged to that day, not to today.
                .map(view -> Conflict.of(view, now.endedOn() == null ? today : now.endedOn()))
                .sorted(OPEN_FIRST)
                .toList();
        return new Partnership(
                partnershipId,
                pairTitles.of(history),
                names,
                now.partners(),
                conflicts,
                mediatorInAgreement(history),
                reading.standing());
    }

    // The mediator an escalation goes to unless one is appointed: the one the agreement in force names.
    // Folded in recorded order, as the partnership itself decides which version is in force.
    private static MediatorRef mediatorInAgreement(List<HistoryEvent> history) {
        Map<Integer, MediatorRef> byVersion = new HashMap<>();
        MediatorRef inForce = null;
        for (HistoryEvent recorded : history) {
            if (recorded.event() instanceof AgreementProposed proposed) {
                Mediator named = proposed.content().dialogue().mediator();
                byVersion.put(
                        proposed.version(),
                        named == null ? null : new MediatorRef(named.name(), named.organisation(), named.person()));
            } else if (recorded.event() instanceof AgreementTookEffect tookEffect) {
                inForce = byVersion.get(tookEffect.version());
            }
        }
        return inForce;
    }
}
