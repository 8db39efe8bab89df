package org.partnershipledger.core.programme;

import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.partnership.AppointRepresentative;
import org.partnershipledger.core.partnership.FormPartnership;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.PartnershipRules.AlreadyAppointed;
import org.partnershipledger.core.partnership.Role;
import org.partnershipledger.core.partnership.Sector;

/**
 * Each matched pair is a partnership of two partners, the experience expert and the strategic leader, who
 * then meet, keep diaries and are observed like any partnership. The partners are named by their part in
 * the pair, never by the persons' names, which are personal data; in Danish, the words of the method
 * ("Ligeværdige partnerskaber") that the pairs and their municipalities use. The two are the pair's whole
 * steering group: they record their own meetings and decide together.
 *
 * <p>Ids derive from the pair, so handling the same match again (a retry, a replay) changes nothing.
 */
@ProcessingGroup(PairPartnerships.PROCESSING_GROUP)
public class PairPartnerships {

    public static final String PROCESSING_GROUP = "pair-partnerships";
    static final String EXPERIENCE_EXPERT = "Erfaringsekspert";
    static final String STRATEGIC_LEADER = "Strategisk leder";

    private final CommandGateway commands;

    public PairPartnerships(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(PairMatched event) {
        PartnerId expert = new PartnerId(event.pairId().value() + "-expert");
        PartnerId leader = new PartnerId(event.pairId().value() + "-leader");
        try {
            commands.sendAndWait(new FormPartnership(
                    event.pairPartnership(),
                    "Pair " + event.pairId().value(),
                    "Et ligeværdigt partnerskab mellem en erfaringsekspert og en strategisk leder",
                    event.occurredOn(),
                    List.of(
                            new Partner(expert, EXPERIENCE_EXPERT, Sector.CITIZEN),
                            new Partner(leader, STRATEGIC_LEADER, Sector.PUBLIC))));
        } catch (AggregateStreamCreationException formedBefore) {
            // handled before; the appointments below are checked one by one
        }
        appoint(event, event.experienceExpert(), expert);
        appoint(event, event.strategicLeader(), leader);
    }

    private void appoint(PairMatched event, PersonId person, PartnerId partner) {
        try {
            commands.sendAndWait(new AppointRepresentative(
                    event.pairPartnership(), person, partner, Role.STEERING_GROUP, event.occurredOn()));
        } catch (AlreadyAppointed appointedBefore) {
            // handled before
        }
    }
}
