package org.partnershipledger.core.agreement;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.partnershipledger.core.PartnerId;

/**
 * One numbered version of a partnership's agreement as it stands: its text and hash, who proposed it,
 * the signatures it has collected (in the order given), and the date it took effect, if it did.
 */
public record AgreementVersion(
        int number,
        AgreementContent content,
        ContentHash hash,
        PartnerId proposedBy,
        LocalDate proposedOn,
        Map<PartnerId, Signature> signatures,
        LocalDate tookEffectOn) {

    public AgreementVersion {
        signatures = Collections.unmodifiableMap(new LinkedHashMap<>(signatures));
    }

    static AgreementVersion proposed(
            int number, AgreementContent content, ContentHash hash, PartnerId proposedBy, LocalDate proposedOn) {
        return new AgreementVersion(number, content, hash, proposedBy, proposedOn, Map.of(), null);
    }

    public Optional<Signature> signatureOf(PartnerId partner) {
        return Optional.ofNullable(signatures.get(partner));
    }

    AgreementVersion signedBy(PartnerId partner, Signature signature) {
        Map<PartnerId, Signature> more = new LinkedHashMap<>(signatures);
        more.put(partner, signature);
        return new AgreementVersion(number, content, hash, proposedBy, proposedOn, more, tookEffectOn);
    }

    AgreementVersion tookEffect(LocalDate date) {
        return new AgreementVersion(number, content, hash, proposedBy, proposedOn, signatures, date);
    }
}
