package org.partnershipledger.web.security;

import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.query.history.Participants;
import org.partnershipledger.query.history.PartnershipHistory;
import org.partnershipledger.query.partnership.ListPartnerships;
import org.partnershipledger.query.partnership.PartnershipSummary;
import org.springframework.stereotype.Component;

/**
 * The facilitator is the partnerships' independent backbone (DOMAIN.md): they set partnerships up and name
 * partners' representatives, so a facilitator's person never takes a partner's role, or they could appoint
 * themselves a signatory and sign for a partner. Checked from both sides: no facilitator is appointed, and
 * nobody who represents a partner becomes a facilitator.
 */
@Component
public class FacilitatorIndependence {

    private final UserAccounts users;
    private final QueryGateway queries;
    private final PartnershipHistory histories;

    FacilitatorIndependence(UserAccounts users, QueryGateway queries, PartnershipHistory histories) {
        this.users = users;
        this.queries = queries;
        this.histories = histories;
    }

    /** A representative appointed, or coming in as a replacement, is no facilitator's person. */
    public void toAppoint(PersonId person) {
        Optional<UserAccount> facilitator = users.findByPerson(person)
                .filter(account -> account.capacities().contains(Capacity.FACILITATOR));
        if (facilitator.isPresent()) {
            throw new AccessRefused(
                    "facilitatorAsRepresentative",
                    "Refused: person " + person + " is the facilitator '"
                            + facilitator.get().username()
                            + "', and a facilitator stays independent: they take no partner's role",
                    person);
        }
    }

    /** A user linked to the person holds the facilitator capacity only while the person represents nobody. */
    public void toFacilitateAs(PersonId person) {
        if (person == null) {
            return;
        }
        List<PartnershipSummary> partnerships = queries.query(
                        new ListPartnerships(person.value()),
                        ResponseTypes.multipleInstancesOf(PartnershipSummary.class))
                .join();
        for (PartnershipSummary partnership : partnerships) {
            if (Participants.of(histories.of(partnership.id()))
                    .representation(person)
                    .isPresent()) {
                throw new AccessRefused(
                        "representativeAsFacilitator",
                        "Refused: person " + person + " represents a partner in partnership " + partnership.id()
                                + ", and a facilitator takes no partner's role; remove them as a representative first",
                        person,
                        partnership.id());
            }
        }
    }
}
