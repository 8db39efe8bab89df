package org.partnershipledger.query.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnershipledger.core.partnership.AgreementTookEffect;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.PartnerAdmitted;
import org.partnershipledger.core.partnership.PartnerWithdrew;
import org.partnershipledger.core.partnership.PartnershipClosed;
import org.partnershipledger.core.partnership.PartnershipDissolved;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.core.partnership.PartnershipFormed;

/**
 * What a partnership was on a date: who were its partners, which agreement version was in force, and
 * whether it had ended. A fold over its history, taken in domain-date order because history is often
 * entered afterwards.
 */
public final class PartnershipState {

    /** A partner and, once it gave notice, the day its withdrawal takes effect. */
    public record PartnerOnRecord(String id, String name, String sector, LocalDate joinedOn, LocalDate leavesOn) {}

    public record View(
            String id,
            String name,
            String purpose,
            LocalDate formedOn,
            String state,
            List<PartnerOnRecord> partners,
            Integer agreementVersionInForce,
            LocalDate agreementInForceSince,
            List<PartnerOnRecord> formerPartners,
            LocalDate endedOn) {}

    private PartnershipState() {}

    /**
     * The state on {@code on}: partners who had joined and not yet left by then, those who had left (with the
     * day they left), and the day the partnership ended if it had.
     */
    public static View of(List<HistoryEvent> history, LocalDate on) {
        String id = null;
        String name = null;
        String purpose = null;
        LocalDate formedOn = null;
        String state = "ACTIVE";
        Integer version = null;
        LocalDate inForceSince = null;
        LocalDate endedOn = null;
        Map<String, PartnerOnRecord> partners = new LinkedHashMap<>();
        List<HistoryEvent> inDomainOrder = new ArrayList<>(Dissolutions.standing(history));
        inDomainOrder.sort(Comparator.comparing(HistoryEvent::occurredOn).thenComparing(HistoryEvent::sequence));
        for (HistoryEvent recorded : inDomainOrder) {
            PartnershipEvent event = recorded.event();
            if (event instanceof PartnershipFormed formed) {
                id = formed.partnershipId().value();
                name = formed.name();
                purpose = formed.purpose();
                formedOn = formed.occurredOn();
                formed.partners()
                        .forEach(partner -> partners.put(partner.id().value(), joined(partner, formed.occurredOn())));
            } else if (event instanceof PartnerAdmitted admitted) {
                partners.put(admitted.partner().id().value(), joined(admitted.partner(), admitted.occurredOn()));
            } else if (event instanceof PartnerWithdrew withdrew) {
                partners.computeIfPresent(
                        withdrew.partner().value(),
                        (key, partner) -> new PartnerOnRecord(
                                partner.id(),
                                partner.name(),
                                partner.sector(),
                                partner.joinedOn(),
                                withdrew.effectiveOn()));
            } else if (event instanceof AgreementTookEffect tookEffect) {
                version = tookEffect.version();
                inForceSince = tookEffect.occurredOn();
            } else if (event instanceof PartnershipDissolved dissolved
                    && !dissolved.occurredOn().isAfter(on)) {
                state = "DISSOLVED";
                endedOn = dissolved.occurredOn();
            } else if (event instanceof PartnershipClosed closed
                    && !closed.occurredOn().isAfter(on)) {
                state = "CLOSED";
                endedOn = closed.occurredOn();
            }
        }
        List<PartnerOnRecord> current = partners.values().stream()
                .filter(partner -> partner.leavesOn() == null || on.isBefore(partner.leavesOn()))
                .toList();
        List<PartnerOnRecord> former = partners.values().stream()
                .filter(partner -> partner.leavesOn() != null && !on.isBefore(partner.leavesOn()))
                .toList();
        return new View(id, name, purpose, formedOn, state, current, version, inForceSince, former, endedOn);
    }

    private static PartnerOnRecord joined(Partner partner, LocalDate on) {
        return new PartnerOnRecord(
                partner.id().value(), partner.name(), partner.sector().name(), on, null);
    }
}
