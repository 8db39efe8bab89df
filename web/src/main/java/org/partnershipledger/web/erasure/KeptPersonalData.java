package org.partnershipledger.web.erasure;

import org.partnershipledger.core.store.PersonalKeys;
import org.partnershipledger.query.history.PartnershipHistory;
import org.partnershipledger.web.partnership.PartnershipMemory;
import org.partnershipledger.web.security.FoldedParticipants;
import org.partnershipledger.web.store.LedgerNodes;
import org.springframework.stereotype.Component;

/**
 * What this node keeps in memory of personal data, decrypted or able to decrypt it: the persons' keys, the
 * histories read lately, who takes part in each partnership (partners' names) and the partnerships loaded for
 * commands (and snapshots of them being taken). All of it is forgotten after an erasure, made on this node or
 * on another one.
 */
@Component
class KeptPersonalData {

    private final PersonalKeys keys;
    private final PartnershipHistory histories;
    private final FoldedParticipants participants;
    private final PartnershipMemory partnerships;

    KeptPersonalData(
            PersonalKeys keys,
            PartnershipHistory histories,
            FoldedParticipants participants,
            PartnershipMemory partnerships,
            LedgerNodes nodes) {
        this.keys = keys;
        this.histories = histories;
        this.participants = participants;
        this.partnerships = partnerships;
        nodes.onErasureElsewhere(this::forget);
    }

    void forget() {
        keys.forgetKept();
        histories.forgetAll();
        participants.forgetAll();
        partnerships.forgetAll();
    }
}
