package org.partnershipledger.query.export;

import static org.partnershipledger.query.export.OcelDocument.INTEGER;
import static org.partnershipledger.query.export.OcelDocument.STRING;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.conflict.ConflictId;
import org.partnershipledger.core.decision.Attendee;
import org.partnershipledger.core.decision.MeetingId;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.partnership.AgreementProposed;
import org.partnershipledger.core.partnership.AgreementSigned;
import org.partnershipledger.core.partnership.AgreementTookEffect;
import org.partnershipledger.core.partnership.CheckpointWitnessed;
import org.partnershipledger.core.partnership.ConflictAbandoned;
import org.partnershipledger.core.partnership.ConflictEscalated;
import org.partnershipledger.core.partnership.ConflictRaised;
import org.partnershipledger.core.partnership.ConflictResolved;
import org.partnershipledger.core.partnership.ConflictStepRecorded;
import org.partnershipledger.core.partnership.DecisionReached;
import org.partnershipledger.core.partnership.DiaryEntryRecorded;
import org.partnershipledger.core.partnership.MediationSessionRecorded;
import org.partnershipledger.core.partnership.MeetingRecorded;
import org.partnershipledger.core.partnership.MinutesCorrected;
import org.partnershipledger.core.partnership.OpenedToResearch;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.PartnerAdmitted;
import org.partnershipledger.core.partnership.PartnerWithdrew;
import org.partnershipledger.core.partnership.PartnershipClosed;
import org.partnershipledger.core.partnership.PartnershipDissolved;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.core.partnership.PartnershipFormed;
import org.partnershipledger.core.partnership.PhaseObserved;
import org.partnershipledger.core.partnership.ProposalRecorded;
import org.partnershipledger.core.partnership.ProposalWithdrawn;
import org.partnershipledger.core.partnership.RepresentativeAppointed;
import org.partnershipledger.core.partnership.RepresentativeRemoved;
import org.partnershipledger.core.partnership.RepresentativeReplaced;
import org.partnershipledger.core.partnership.StanceRecorded;
import org.partnershipledger.query.export.OcelDocument.Event;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.phase.PhaseModel;

/**
 * Partnerships' histories as an OCEL 2.0 (JSON) object-centric event log: a partnership's life concerns
 * several things at once (partners, people, agreement versions, meetings, decisions, conflicts), and an
 * object-centric log keeps each of them, where a case-centric log like XES must pick one. Persons are the
 * ids the reader sees (pseudonyms for a researcher) and the same person is one object across partnerships.
 */
public final class OcelLog {

    static final String PARTNERSHIP = "partnership";
    static final String PARTNER = "partner organisation";
    static final String PERSON = "person";
    static final String VERSION = "agreement version";
    static final String MEETING = "meeting";
    static final String DECISION = "decision";
    static final String CONFLICT = "conflict";

    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private static final Comparator<HistoryEvent> DOMAIN_ORDER =
            Comparator.comparing(HistoryEvent::occurredOn).thenComparingLong(HistoryEvent::sequence);

    private final OcelDocument log = new OcelDocument(objectTypes());
    private String partnershipId;
    private String partnership;
    private PhaseOfEvent phases;

    private OcelLog() {}

    /** @param model the phase model whose phase is given on every event ({@code phase}) */
    public static void write(List<ExportedPartnership> partnerships, PhaseModel model, OutputStream out) {
        OcelLog ocel = new OcelLog();
        for (ExportedPartnership exported : partnerships) {
            ocel.partnership(exported, model);
        }
        try {
            JSON.writeValue(out, ocel.log.toJson());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Map<String, String>> objectTypes() {
        Map<String, Map<String, String>> types = new LinkedHashMap<>();
        types.put(PARTNERSHIP, declared("name", STRING, "complexity", STRING, "kind", STRING, "state", STRING));
        types.put(PARTNER, declared("name", STRING, "sector", STRING));
        // A person's roles differ between partnerships; the appointing events carry them.
        types.put(PERSON, declared());
        types.put(VERSION, declared("number", INTEGER, "contentHash", STRING));
        types.put(MEETING, declared("kind", STRING));
        types.put(DECISION, declared("outcome", STRING, "concernsVersion", INTEGER));
        types.put(CONFLICT, declared("category", STRING, "state", STRING));
        return types;
    }

    private static Map<String, String> declared(String... namesAndTypes) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            attributes.put(namesAndTypes[i], namesAndTypes[i + 1]);
        }
        return attributes;
    }

    private void partnership(ExportedPartnership exported, PhaseModel model) {
        partnershipId = exported.partnershipId();
        partnership = PARTNERSHIP + ":" + partnershipId;
        phases = PhaseOfEvent.of(model, exported.history());
        log.object(partnership, PARTNERSHIP);
        exported.history().stream().sorted(DOMAIN_ORDER).forEach(this::apply);
    }

    private void apply(HistoryEvent recorded) {
        PartnershipEvent event = recorded.event();
        LocalDate on = recorded.occurredOn();
        Event described = log.event(partnershipId + ":" + recorded.sequence(), Activity.name(event), on)
                .attribute("sequence", recorded.sequence())
                .attribute("phase", phases.of(recorded).orElse(null))
                .relate(partnership, "partnership");
        if (event instanceof PartnershipFormed formed) {
            log.objectAttribute(partnership, "name", formed.name(), on);
            if (formed.complexity() != null) {
                log.objectAttribute(
                        partnership, "complexity", formed.complexity().name(), on);
            }
            if (formed.kind() != null) {
                log.objectAttribute(partnership, "kind", formed.kind().name(), on);
            }
            log.objectAttribute(partnership, "state", "ACTIVE", on);
            formed.partners().forEach(partner -> described.relate(joined(partner, on), "founding partner"));
        } else if (event instanceof PartnerAdmitted admitted) {
            described
                    .relate(joined(admitted.partner(), on), "admitted")
                    .relate(decision(admitted.decision()), "decision");
        } else if (event instanceof PartnerWithdrew withdrew) {
            described
                    .relate(partner(withdrew.partner()), "withdrawing")
                    .attribute("effectiveOn", withdrew.effectiveOn());
        } else if (event instanceof RepresentativeAppointed appointed) {
            described
                    .relate(representative(appointed.person(), appointed.partner()), "appointed")
                    .relate(partner(appointed.partner()), "represented")
                    .attribute("role", appointed.role().name());
        } else if (event instanceof RepresentativeReplaced replaced) {
            String roles = String.join(
                    " ", replaced.roles().stream().map(Enum::name).sorted().toList());
            described
                    .relate(person(replaced.outgoing()), "outgoing")
                    .relate(representative(replaced.incoming(), replaced.partner()), "incoming")
                    .relate(partner(replaced.partner()), "represented")
                    .attribute("roles", roles);
        } else if (event instanceof RepresentativeRemoved removed) {
            described.relate(person(removed.person()), "removed").relate(partner(removed.partner()), "represented");
        } else if (event instanceof PhaseObserved observed) {
            described
                    .relate(person(observed.observer()), "observer")
                    .attribute("observedPhase", observed.phase().name());
        } else if (event instanceof DiaryEntryRecorded entry) {
            described.relate(person(entry.author()), "author");
        } else if (event instanceof PartnershipDissolved || event instanceof PartnershipClosed) {
            log.objectAttribute(partnership, "state", event instanceof PartnershipClosed ? "CLOSED" : "DISSOLVED", on);
            if (event instanceof PartnershipClosed closed) {
                described.attribute("reason", closed.reason().name());
                if (closed.decision() != null) {
                    described.relate(decision(closed.decision()), "decision");
                }
            }
        } else if (event instanceof OpenedToResearch opened) {
            described.relate(decision(opened.decision()), "decision");
        } else if (event instanceof CheckpointWitnessed witnessed) {
            described
                    .relate(person(witnessed.witness()), "witness")
                    .relate(partner(witnessed.partner()), "witnessing partner")
                    .attribute("eventCount", witnessed.eventCount());
        } else {
            new Deliberation(described, on).apply(event);
        }
    }

    /** Meetings, decisions, agreement versions and conflicts: the objects a partnership works on. */
    private final class Deliberation {

        private final Event described;
        private final LocalDate on;

        Deliberation(Event described, LocalDate on) {
            this.described = described;
            this.on = on;
        }

        void apply(PartnershipEvent event) {
            if (event instanceof MeetingRecorded meeting) {
                String id = meeting(meeting.meetingId());
                log.objectAttribute(id, "kind", meeting.kind().name(), on);
                described.relate(id, "meeting").attribute("kind", meeting.kind().name());
                for (Attendee attendee : meeting.attendees()) {
                    described.relate(person(attendee.person()), "attendee");
                    if (attendee.represents() != null) {
                        described.relate(partner(attendee.represents()), "attending partner");
                    }
                }
            } else if (event instanceof MinutesCorrected corrected) {
                described.relate(meeting(corrected.meetingId()), "meeting");
            } else if (event instanceof ProposalRecorded recorded) {
                proposal(recorded);
            } else if (event instanceof StanceRecorded stance) {
                described
                        .relate(decision(stance.proposalId()), "decision")
                        .relate(partner(stance.stance().partner()), "stance giver")
                        .relate(person(stance.stance().by()), "given by")
                        .attribute("stance", stance.stance().stance().name());
            } else if (event instanceof DecisionReached reached) {
                String id = decision(reached.proposalId());
                log.objectAttribute(id, "outcome", reached.outcome().name(), on);
                described
                        .relate(id, "decision")
                        .attribute("outcome", reached.outcome().name());
            } else if (event instanceof ProposalWithdrawn withdrawn) {
                String id = decision(withdrawn.proposalId());
                log.objectAttribute(id, "outcome", "WITHDRAWN", on);
                described.relate(id, "decision");
            } else if (event instanceof AgreementProposed proposed) {
                String id = version(proposed.version());
                log.objectAttribute(id, "contentHash", proposed.contentHash().value(), on);
                described
                        .relate(id, "version")
                        .relate(partner(proposed.proposedBy()), "proposer")
                        .attribute("version", proposed.version());
            } else if (event instanceof AgreementSigned signed) {
                described
                        .relate(version(signed.version()), "version")
                        .relate(partner(signed.partner()), "signing partner")
                        .relate(person(signed.signatory()), "signer")
                        .attribute("version", signed.version());
            } else if (event instanceof AgreementTookEffect tookEffect) {
                described.relate(version(tookEffect.version()), "version").attribute("version", tookEffect.version());
            } else {
                new Conflicts(described, on).apply(event);
            }
        }

        private void proposal(ProposalRecorded recorded) {
            String id = decision(recorded.proposal().id());
            log.objectAttribute(id, "outcome", "PENDING", on);
            described.relate(id, "decision").relate(partner(recorded.proposal().proposedBy()), "proposer");
            if (recorded.meetingId() != null) {
                String meeting = meeting(recorded.meetingId());
                log.objectRelationship(id, meeting, "put at");
                described.relate(meeting, "meeting");
            }
            Integer concerns = recorded.proposal().concernsVersion();
            if (concerns != null) {
                log.objectAttribute(id, "concernsVersion", concerns, on);
                log.objectRelationship(id, version(concerns), "concerns");
                described.relate(version(concerns), "version");
            }
        }
    }

    /** A conflict's life: raised by one partner, concerning others, perhaps mediated, resolved or abandoned. */
    private final class Conflicts {

        private final Event described;
        private final LocalDate on;

        Conflicts(Event described, LocalDate on) {
            this.described = described;
            this.on = on;
        }

        void apply(PartnershipEvent event) {
            if (event instanceof ConflictRaised raised) {
                String id = conflict(raised.conflictId());
                log.objectAttribute(id, "category", raised.category().name(), on);
                log.objectAttribute(id, "state", "RAISED", on);
                log.objectRelationship(id, partner(raised.raisedBy()), "raised by");
                described.relate(id, "conflict").relate(partner(raised.raisedBy()), "raiser");
                raised.concerning().forEach(concerned -> {
                    log.objectRelationship(id, partner(concerned), "concerns");
                    described.relate(partner(concerned), "concerned");
                });
                described.attribute("category", raised.category().name());
            } else if (event instanceof ConflictEscalated escalated) {
                state(escalated.conflictId(), "ESCALATED");
                if (escalated.mediator().person() != null) {
                    described.relate(person(escalated.mediator().person()), "mediator");
                }
            } else if (event instanceof ConflictResolved resolved) {
                state(resolved.conflictId(), "RESOLVED");
                resolved.consentedBy().stream()
                        .sorted(Comparator.comparing(PartnerId::value))
                        .forEach(partner -> described.relate(partner(partner), "consenting"));
            } else if (event instanceof ConflictAbandoned abandoned) {
                state(abandoned.conflictId(), "ABANDONED");
            } else if (event instanceof ConflictStepRecorded step) {
                described.relate(conflict(step.conflictId()), "conflict");
            } else if (event instanceof MediationSessionRecorded session) {
                described.relate(conflict(session.conflictId()), "conflict");
            }
        }

        private void state(ConflictId conflictId, String state) {
            String id = conflict(conflictId);
            log.objectAttribute(id, "state", state, on);
            described.relate(id, "conflict");
        }
    }

    private String joined(Partner joined, LocalDate on) {
        String id = partner(joined.id());
        log.objectAttribute(id, "name", joined.name(), on);
        log.objectAttribute(id, "sector", joined.sector().name(), on);
        return id;
    }

    private String representative(PersonId person, PartnerId partner) {
        String id = person(person);
        log.objectRelationship(id, partner(partner), "represents");
        return id;
    }

    // Each object is made on its first mention: a history cut at a date may mention one made later.

    private String partner(PartnerId partner) {
        return within(PARTNER, "partner:" + partner.value(), "member of");
    }

    private String person(PersonId person) {
        String id = "person:" + person.value();
        log.object(id, PERSON);
        return id;
    }

    private String version(int number) {
        String id = "version:" + partnershipId + ":" + number;
        boolean made = log.hasObject(id);
        within(VERSION, id, "agreement of");
        if (!made) {
            log.objectAttribute(id, "number", number, LocalDate.EPOCH);
        }
        return id;
    }

    private String meeting(MeetingId meeting) {
        return within(MEETING, "meeting:" + meeting.value(), "held by");
    }

    private String decision(ProposalId proposal) {
        return within(DECISION, "decision:" + proposal.value(), "taken in");
    }

    private String conflict(ConflictId conflict) {
        return within(CONFLICT, "conflict:" + conflict.value(), "within");
    }

    private String within(String type, String id, String qualifier) {
        log.object(id, type);
        log.objectRelationship(id, partnership, qualifier);
        return id;
    }
}
