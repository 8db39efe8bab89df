package org.partnershipledger.query.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipledger.core.agreement.AgreementContent;
import org.partnershipledger.core.partnership.AgreementProposed;
import org.partnershipledger.core.partnership.AgreementSigned;
import org.partnershipledger.core.partnership.AgreementTookEffect;
import org.partnershipledger.core.partnership.OutsideRecord;
import org.partnershipledger.query.history.HistoryEvent;

/**
 * The versions of a partnership's agreement as a signer reads them: the content, the hash a signature names,
 * who signed for which partner and when, and when the version was in force. A fold over a history as the
 * reader may see it, so a researcher reads signatories as pseudonyms.
 */
public final class AgreementVersions {

    /**
     * A version; {@code tookEffectOn} is the day every partner had signed it, {@code supersededOn} the day a
     * newer version took effect (both null until then).
     */
    public record AgreementVersionView(
            int version,
            AgreementContent content,
            String contentHash,
            String proposedBy,
            LocalDate proposedOn,
            List<SignatureView> signatures,
            LocalDate tookEffectOn,
            LocalDate supersededOn) {

        public AgreementVersionView {
            signatures = List.copyOf(signatures);
        }

        /** The signature given for a partner, if one was. */
        public Optional<SignatureView> signatureOf(String partner) {
            return signatures.stream()
                    .filter(signature -> signature.partner().equals(partner))
                    .findFirst();
        }
    }

    /**
     * A partner's signature under a version, given by its signatory (a person id) on {@code signedOn}; for a
     * signature someone recorded from a document ({@code recordedOnBehalf}), who recorded it and the
     * document's kind, date and reference, as a stance's are.
     */
    public record SignatureView(
            String partner,
            String signatory,
            LocalDate signedOn,
            boolean recordedOnBehalf,
            String recordedBy,
            String documentKind,
            LocalDate documentDate,
            String documentReference) {}

    private AgreementVersions() {}

    /** Every version, oldest first. */
    public static List<AgreementVersionView> of(List<HistoryEvent> history) {
        Map<Integer, AgreementVersionView> versions = new LinkedHashMap<>();
        List<HistoryEvent> inRecordedOrder = new ArrayList<>(history);
        inRecordedOrder.sort(Comparator.comparingLong(HistoryEvent::sequence));
        for (HistoryEvent recorded : inRecordedOrder) {
            if (recorded.event() instanceof AgreementProposed proposed) {
                versions.put(
                        proposed.version(),
                        new AgreementVersionView(
                                proposed.version(),
                                proposed.content(),
                                proposed.contentHash().value(),
                                proposed.proposedBy().value(),
                                proposed.occurredOn(),
                                List.of(),
                                null,
                                null));
            } else if (recorded.event() instanceof AgreementSigned signed) {
                versions.computeIfPresent(signed.version(), (number, version) -> {
                    List<SignatureView> signatures = new ArrayList<>(version.signatures());
                    signatures.add(signature(signed));
                    return new AgreementVersionView(
                            number,
                            version.content(),
                            version.contentHash(),
                            version.proposedBy(),
                            version.proposedOn(),
                            signatures,
                            version.tookEffectOn(),
                            version.supersededOn());
                });
            } else if (recorded.event() instanceof AgreementTookEffect tookEffect) {
                versions.replaceAll((number, version) -> {
                    if (number == tookEffect.version()) {
                        return inForce(version, tookEffect.occurredOn(), null);
                    }
                    if (number < tookEffect.version()
                            && version.tookEffectOn() != null
                            && version.supersededOn() == null) {
                        return inForce(version, version.tookEffectOn(), tookEffect.occurredOn());
                    }
                    return version;
                });
            }
        }
        return List.copyOf(versions.values());
    }

    /** One version, if it was proposed. */
    public static Optional<AgreementVersionView> version(List<HistoryEvent> history, int number) {
        return of(history).stream()
                .filter(version -> version.version() == number)
                .findFirst();
    }

    /** The persons a version names: its signatories and who recorded a signature on their behalf. */
    public static List<String> persons(AgreementVersionView version) {
        List<String> persons = new ArrayList<>();
        version.signatures().forEach(signature -> persons.addAll(persons(signature)));
        return persons.stream().distinct().toList();
    }

    public static List<String> persons(SignatureView signature) {
        return signature.recordedBy() == null
                ? List.of(signature.signatory())
                : List.of(signature.signatory(), signature.recordedBy());
    }

    private static AgreementVersionView inForce(AgreementVersionView version, LocalDate from, LocalDate until) {
        return new AgreementVersionView(
                version.version(),
                version.content(),
                version.contentHash(),
                version.proposedBy(),
                version.proposedOn(),
                version.signatures(),
                from,
                until);
    }

    private static SignatureView signature(AgreementSigned signed) {
        OutsideRecord document = signed.recordedOnBehalf();
        return new SignatureView(
                signed.partner().value(),
                signed.signatory().value(),
                signed.occurredOn(),
                document != null,
                document == null ? null : document.recordedBy().value(),
                document == null ? null : document.kind().name(),
                document == null ? null : document.date(),
                document == null ? null : document.reference());
    }
}
