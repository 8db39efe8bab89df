package org.partnershipledger.core.agreement;

import java.time.LocalDate;
import java.time.Period;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;

/**
 * The agreement of one partnership: its numbered versions, the signatures on each, and the version in
 * force. The partnership asks it whether a version may be signed before recording a signature, and tells
 * it what was recorded. Whether the signer is a current partner, and a signatory of that partner, is the
 * partnership's to decide.
 */
public final class Agreement {

    private final PartnershipId partnershipId;
    private final NavigableMap<Integer, AgreementVersion> versions = new TreeMap<>();
    private Integer inForce;

    public Agreement(PartnershipId partnershipId) {
        this.partnershipId = partnershipId;
    }

    /** Versions are numbered from 1 in the order they are proposed. */
    public int nextVersionNumber() {
        return latestNumber() + 1;
    }

    /** A proposal must change the text: the same text again would only supersede the latest version. */
    public void requireChanged(ContentHash hash) {
        Optional<AgreementVersion> latest = latestVersion();
        if (latest.isPresent() && latest.get().hash().equals(hash)) {
            throw new VersionUnchangedException(partnershipId, latest.get().number(), hash);
        }
    }

    /**
     * A partner may sign the latest version, or the version in force (a partner admitted later signs it to
     * become party to it), and only the text it read: the hash must be the version's. Nobody signs a text
     * before it was put forward, so a signature dated before the version was proposed is refused.
     */
    public void requireSignable(int version, ContentHash hash, PartnerId partner, LocalDate signedOn) {
        AgreementVersion signed = versions.get(version);
        if (signed == null) {
            throw new UnknownVersionException(partnershipId, version, latestNumber());
        }
        if (signedOn.isBefore(signed.proposedOn())) {
            throw new SignaturePredatesVersionException(partnershipId, version, signed.proposedOn(), signedOn);
        }
        if (version != latestNumber() && !isInForce(version)) {
            throw new VersionSupersededException(partnershipId, version, latestNumber(), inForceNumber());
        }
        if (!signed.hash().equals(hash)) {
            throw new ContentHashMismatchException(partnershipId, version, signed.hash(), hash);
        }
        Optional<Signature> earlier = signed.signatureOf(partner);
        if (earlier.isPresent()) {
            throw new VersionAlreadySignedException(
                    partnershipId, version, partner, earlier.get().signedOn());
        }
    }

    /** Whether every one of the given partners has signed the version; nobody signs for an empty set. */
    public boolean isSignedByAll(int version, Set<PartnerId> partners) {
        AgreementVersion signed = versions.get(version);
        return signed != null
                && !partners.isEmpty()
                && partners.stream().allMatch(partner -> signed.signatures().containsKey(partner));
    }

    /**
     * The latest version, when every current partner has signed it and it is not yet in force. Asked after
     * a signature and whenever the partners change: a partner leaving can complete the signatures.
     */
    public OptionalInt versionReadyToTakeEffect(Set<PartnerId> currentPartners) {
        int latest = latestNumber();
        return latest > 0 && !isInForce(latest) && isSignedByAll(latest, currentPartners)
                ? OptionalInt.of(latest)
                : OptionalInt.empty();
    }

    public Optional<AgreementVersion> version(int number) {
        return Optional.ofNullable(versions.get(number));
    }

    public Optional<AgreementVersion> latestVersion() {
        return versions.isEmpty()
                ? Optional.empty()
                : Optional.of(versions.lastEntry().getValue());
    }

    public Optional<AgreementVersion> versionInForce() {
        return inForce == null ? Optional.empty() : Optional.of(versions.get(inForce));
    }

    /** The notice a withdrawing partner gives; none applies while no agreement is in force. */
    public Optional<Period> noticePeriodInForce() {
        return versionInForce().map(version -> version.content().changes().noticePeriod());
    }

    /** The mediator the agreement in force names, to whom a conflict can be escalated. */
    public Optional<Mediator> mediatorInForce() {
        return versionInForce().map(version -> version.content().dialogue().mediator());
    }

    public void onProposed(
            int number, AgreementContent content, ContentHash hash, PartnerId proposedBy, LocalDate date) {
        versions.put(number, AgreementVersion.proposed(number, content, hash, proposedBy, date));
    }

    public void onSigned(int number, PartnerId partner, PersonId signatory, LocalDate date) {
        versions.put(number, versions.get(number).signedBy(partner, new Signature(signatory, date)));
    }

    public void onTookEffect(int number, LocalDate date) {
        versions.put(number, versions.get(number).tookEffect(date));
        inForce = number;
    }

    private int latestNumber() {
        return versions.isEmpty() ? 0 : versions.lastKey();
    }

    private boolean isInForce(int version) {
        return inForce != null && inForce == version;
    }

    private OptionalInt inForceNumber() {
        return inForce == null ? OptionalInt.empty() : OptionalInt.of(inForce);
    }
}
