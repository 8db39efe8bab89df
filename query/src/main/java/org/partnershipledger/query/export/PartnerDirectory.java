package org.partnershipledger.query.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.PartnerAdmitted;
import org.partnershipledger.core.partnership.PartnershipFormed;
import org.partnershipledger.query.history.HistoryEvent;

/**
 * Every partner a history names, by id, as the reader sees it (a citizen partner by pseudonym for a
 * researcher), so exports can name partners as well as give their ids.
 */
final class PartnerDirectory {

    private final Map<String, Partner> partners;

    private PartnerDirectory(Map<String, Partner> partners) {
        this.partners = partners;
    }

    static PartnerDirectory of(List<HistoryEvent> history) {
        Map<String, Partner> partners = new LinkedHashMap<>();
        for (HistoryEvent recorded : history) {
            if (recorded.event() instanceof PartnershipFormed formed) {
                formed.partners().forEach(partner -> partners.put(partner.id().value(), partner));
            } else if (recorded.event() instanceof PartnerAdmitted admitted) {
                partners.put(admitted.partner().id().value(), admitted.partner());
            }
        }
        return new PartnerDirectory(partners);
    }

    Optional<Partner> find(PartnerId id) {
        return id == null ? Optional.empty() : find(id.value());
    }

    Optional<Partner> find(String id) {
        return Optional.ofNullable(partners.get(id));
    }

    /** The partner's name, or its id should the history not name it. */
    String nameOf(String id) {
        return find(id).map(Partner::name).orElse(id);
    }

    List<Partner> all() {
        return List.copyOf(partners.values());
    }
}
