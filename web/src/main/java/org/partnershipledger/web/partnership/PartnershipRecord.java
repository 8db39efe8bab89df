package org.partnershipledger.web.partnership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnershipledger.core.agreement.AgreementContent;
import org.partnershipledger.core.partnership.AgreementProposed;
import org.partnershipledger.core.partnership.AgreementSigned;
import org.partnershipledger.core.partnership.AgreementTookEffect;
import org.partnershipledger.core.partnership.MeetingRecorded;
import org.partnershipledger.core.partnership.PartnerAdmitted;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.core.partnership.PartnershipFormed;
import org.partnershipledger.core.partnership.RepresentativeAppointed;
import org.partnershipledger.core.partnership.RepresentativeRemoved;
import org.partnershipledger.core.partnership.RepresentativeReplaced;
import org.partnershipledger.core.partnership.Role;
import org.partnershipledger.query.history.HistoryEvent;

/**
 * What the partnership pages show beside {@code PartnershipState}: every partner's name (also of partners
 * that left, who may have signed old versions), who represents whom now and in which roles, the agreement
 * versions with their signatures, and the meetings. A fold over the history as the reader may see it.
 */
public final class PartnershipRecord {

    public record Representative(String person, String partner, Set<Role> roles) {}

    /**
     * A signature; {@code recordedBy} and {@code documentKind} name who recorded it on the signatory's behalf
     * and from which document (a paper contract, ...), both null for a signature given in the ledger.
     */
    public record Signature(
            String partner,
            String partnerName,
            String signatory,
            LocalDate signedOn,
            String recordedBy,
            String documentKind) {}

    public record Version(
            int number,
            AgreementContent content,
            String hash,
            String proposedBy,
            String proposedByName,
            LocalDate proposedOn,
            List<Signature> signatures,
            LocalDate tookEffectOn) {}

    record Meeting(String id, String kind, LocalDate heldOn) {}

    private String name;
    private final Map<String, String> partnerNames = new LinkedHashMap<>();
    private final Map<String, Representative> representatives = new LinkedHashMap<>();
    private final Map<Integer, Version> versions = new LinkedHashMap<>();
    private final List<Meeting> meetings = new ArrayList<>();

    private PartnershipRecord() {}

    /** Folded in recorded order, as the ledger applied the events. */
    public static PartnershipRecord of(List<HistoryEvent> history) {
        PartnershipRecord record = new PartnershipRecord();
        history.stream()
                .sorted(Comparator.comparingLong(HistoryEvent::sequence))
                .forEach(recorded -> record.apply(recorded.event()));
        return record;
    }

    private void apply(PartnershipEvent event) {
        if (event instanceof PartnershipFormed formed) {
            name = formed.name();
            formed.partners().forEach(partner -> partnerNames.put(partner.id().value(), partner.name()));
        } else if (event instanceof PartnerAdmitted admitted) {
            partnerNames.put(admitted.partner().id().value(), admitted.partner().name());
        } else if (event instanceof RepresentativeAppointed appointed) {
            String person = appointed.person().value();
            Representative before = representatives.get(person);
            Set<Role> roles = before == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(before.roles());
            roles.add(appointed.role());
            representatives.put(
                    person, new Representative(person, appointed.partner().value(), roles));
        } else if (event instanceof RepresentativeReplaced replaced) {
            representatives.remove(replaced.outgoing().value());
            representatives.put(
                    replaced.incoming().value(),
                    new Representative(
                            replaced.incoming().value(),
                            replaced.partner().value(),
                            replaced.roles().isEmpty() ? Set.of() : EnumSet.copyOf(replaced.roles())));
        } else if (event instanceof RepresentativeRemoved removed) {
            representatives.remove(removed.person().value());
        } else if (event instanceof AgreementProposed proposed) {
            versions.put(
                    proposed.version(),
                    new Version(
                            proposed.version(),
                            proposed.content(),
                            proposed.contentHash().value(),
                            proposed.proposedBy().value(),
                            nameOf(proposed.proposedBy().value()),
                            proposed.occurredOn(),
                            List.of(),
                            null));
        } else if (event instanceof AgreementSigned signed) {
            versions.computeIfPresent(signed.version(), (number, version) -> {
                List<Signature> signatures = new ArrayList<>(version.signatures());
                signatures.add(new Signature(
                        signed.partner().value(),
                        nameOf(signed.partner().value()),
                        signed.signatory().value(),
                        signed.occurredOn(),
                        signed.recordedOnBehalf() == null
                                ? null
                                : signed.recordedOnBehalf().recordedBy().value(),
                        signed.recordedOnBehalf() == null
                                ? null
                                : signed.recordedOnBehalf().kind().name()));
                return new Version(
                        number,
                        version.content(),
                        version.hash(),
                        version.proposedBy(),
                        version.proposedByName(),
                        version.proposedOn(),
                        List.copyOf(signatures),
                        version.tookEffectOn());
            });
        } else if (event instanceof AgreementTookEffect tookEffect) {
            versions.computeIfPresent(
                    tookEffect.version(),
                    (number, version) -> new Version(
                            number,
                            version.content(),
                            version.hash(),
                            version.proposedBy(),
                            version.proposedByName(),
                            version.proposedOn(),
                            version.signatures(),
                            tookEffect.occurredOn()));
        } else if (event instanceof MeetingRecorded meeting) {
            meetings.add(new Meeting(meeting.meetingId().value(), meeting.kind().name(), meeting.occurredOn()));
        }
    }

    /** The partnership's name. */
    String name() {
        return name;
    }

    public String nameOf(String partner) {
        return partnerNames.getOrDefault(partner, partner);
    }

    /** The people who represent the partner now. */
    public List<Representative> representativesOf(String partner) {
        return representatives.values().stream()
                .filter(representative -> representative.partner().equals(partner))
                .toList();
    }

    Optional<Representative> representative(String person) {
        return Optional.ofNullable(representatives.get(person));
    }

    /** Oldest first. */
    public List<Version> versions() {
        return List.copyOf(versions.values());
    }

    List<Version> newestFirst() {
        return versions.values().stream()
                .sorted(Comparator.comparingInt(Version::number).reversed())
                .toList();
    }

    public Optional<Version> version(int number) {
        return Optional.ofNullable(versions.get(number));
    }

    public Optional<Version> latest() {
        return versions.values().stream().max(Comparator.comparingInt(Version::number));
    }

    /** The most recent meetings first. */
    List<Meeting> latestMeetings(int count) {
        return meetings.stream()
                .sorted(Comparator.comparing(Meeting::heldOn).reversed())
                .limit(count)
                .toList();
    }
}
