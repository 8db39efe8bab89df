package org.partnershipledger.web.security;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.partnership.Sector;
import org.partnershipledger.query.disclosure.Pseudonyms;
import org.partnershipledger.query.partnership.ListPartnerships;
import org.partnershipledger.query.partnership.PartnerSummary;
import org.partnershipledger.query.partnership.PartnershipSummary;
import org.springframework.stereotype.Component;

/**
 * The partnerships a user may list: facilitators every one; researchers and administrators every one, with
 * citizens' names as pseudonyms; everyone else those they take part in.
 */
@Component
public class VisiblePartnerships {

    private final QueryGateway queries;
    private final Authority authority;
    private final Pseudonyms pseudonyms;

    VisiblePartnerships(QueryGateway queries, Authority authority, Pseudonyms pseudonyms) {
        this.queries = queries;
        this.authority = authority;
        this.pseudonyms = pseudonyms;
    }

    public List<PartnershipSummary> visible() {
        Actor actor = authority.actor();
        if (actor.has(Capacity.FACILITATOR)) {
            return summaries(new ListPartnerships());
        }
        if (actor.has(Capacity.RESEARCHER) || actor.has(Capacity.ADMINISTRATOR)) {
            return summaries(new ListPartnerships()).stream()
                    .map(this::withoutCitizensNames)
                    .toList();
        }
        return actor.person()
                .map(person -> summaries(new ListPartnerships(person.value())))
                .orElse(List.of());
    }

    private List<PartnershipSummary> summaries(ListPartnerships query) {
        return queries.query(query, ResponseTypes.multipleInstancesOf(PartnershipSummary.class))
                .join();
    }

    private PartnershipSummary withoutCitizensNames(PartnershipSummary summary) {
        return new PartnershipSummary(
                summary.id(),
                summary.name(),
                summary.purpose(),
                summary.formedOn(),
                summary.partners().stream()
                        .map(partner -> Sector.CITIZEN.name().equals(partner.sector())
                                ? new PartnerSummary(
                                        partner.id(),
                                        pseudonyms.citizen(new PartnerId(partner.id())),
                                        partner.sector(),
                                        partner.leavesOn())
                                : partner)
                        .toList(),
                summary.state());
    }
}
