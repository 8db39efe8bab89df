package org.partnershipledger.web.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.decision.Attendee;
import org.partnershipledger.core.decision.MeetingId;
import org.partnershipledger.core.decision.MeetingKind;
import org.partnershipledger.core.decision.Proposal;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.decision.ProposalPut;
import org.partnershipledger.core.decision.Stance;
import org.partnershipledger.core.decision.StanceGiven;
import org.partnershipledger.core.partnership.AdmitPartner;
import org.partnershipledger.core.partnership.ClosePartnership;
import org.partnershipledger.core.partnership.ClosePartnership.ClosingReason;
import org.partnershipledger.core.partnership.CorrectMinutes;
import org.partnershipledger.core.partnership.OpenToResearch;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.RecordMeeting;
import org.partnershipledger.core.partnership.RecordStance;
import org.partnershipledger.core.partnership.RetractProposal;
import org.partnershipledger.core.partnership.Sector;
import org.partnershipledger.web.api.IdText;
import org.partnershipledger.web.api.Locations;
import org.partnershipledger.web.api.NotInTheFuture;
import org.partnershipledger.web.partnership.PartnershipController;
import org.partnershipledger.web.security.Authority;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Meetings, the proposals put to them, each partner's stance, and what the partners decided in agreement. */
@RestController
@RequestMapping(PartnershipController.PATH + "/{partnershipId}")
class DecisionController {

    private final CommandGateway commands;
    private final Authority authority;

    DecisionController(CommandGateway commands, Authority authority) {
        this.commands = commands;
        this.authority = authority;
    }

    record AttendeeRequest(@NotBlank @IdText String person, @IdText String represents) {}

    /** {@code reasonPersonal}: the giver marks the reason as their personal data (stored encrypted, erasable). */
    record StanceRequest(
            @NotBlank @IdText String partner,
            @NotNull Stance stance,
            @NotBlank @IdText String givenBy,
            String reason,
            boolean reasonPersonal) {}

    record MeetingProposalRequest(
            @NotBlank String text,
            @NotBlank @IdText String proposedBy,
            Integer concernsVersion,
            List<@NotNull @Valid StanceRequest> stances) {}

    record MeetingRequest(
            @NotNull MeetingKind kind,
            @NotNull @NotInTheFuture LocalDate occurredOn,
            @NotNull @Size(min = 1) List<@NotNull @Valid AttendeeRequest> attendees,
            List<String> agenda,
            String minutes,
            List<@NotNull @Valid MeetingProposalRequest> proposals) {}

    record MeetingReference(String meetingId, List<String> proposalIds) {}

    record WrittenStanceRequest(
            @NotBlank @IdText String partner,
            @NotNull Stance stance,
            @NotBlank @IdText String givenBy,
            String reason,
            boolean reasonPersonal,
            @NotNull @NotInTheFuture LocalDate occurredOn) {}

    record ProposalRetractionRequest(@NotBlank String reason, @NotNull @NotInTheFuture LocalDate occurredOn) {}

    record MinutesRequest(@NotBlank String minutes, @NotNull @NotInTheFuture LocalDate occurredOn) {}

    record AdmissionRequest(
            @NotBlank String name,
            @NotNull Sector sector,
            @NotBlank @IdText String proposalId,
            @NotNull @NotInTheFuture LocalDate occurredOn) {}

    record ClosingRequest(
            @NotNull ClosingReason reason, @IdText String proposalId, @NotNull @NotInTheFuture LocalDate occurredOn) {}

    record ResearchOpeningRequest(@NotBlank @IdText String proposalId, @NotNull @NotInTheFuture LocalDate occurredOn) {}

    @PostMapping("/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<MeetingReference> recordMeeting(
            @PathVariable String partnershipId, @Valid @RequestBody MeetingRequest request) {
        authority.in(partnershipId).toRecordMeetings();
        // Stances the recorder did not give themself are recorded on their givers' behalf, from the minutes.
        PersonId recorder = authority.actor().person().orElse(null);
        MeetingId meetingId = MeetingId.generate();
        List<ProposalPut> proposals = request.proposals() == null
                ? List.of()
                : request.proposals().stream()
                        .map(proposal -> toProposalPut(proposal, request.occurredOn()))
                        .toList();
        commands.sendAndWait(new RecordMeeting(
                new PartnershipId(partnershipId),
                meetingId,
                request.kind(),
                request.occurredOn(),
                request.attendees().stream()
                        .map(attendee -> new Attendee(
                                new PersonId(attendee.person()),
                                attendee.represents() == null ? null : new PartnerId(attendee.represents())))
                        .toList(),
                request.agenda(),
                request.minutes(),
                proposals,
                recorder));
        return ResponseEntity.created(Locations.underPartnership(partnershipId, "meetings", meetingId.value()))
                .body(new MeetingReference(
                        meetingId.value(),
                        proposals.stream()
                                .map(put -> put.proposal().id().value())
                                .toList()));
    }

    private static ProposalPut toProposalPut(MeetingProposalRequest request, LocalDate occurredOn) {
        List<StanceGiven> stances = request.stances() == null
                ? List.of()
                : request.stances().stream()
                        .map(stance -> new StanceGiven(
                                new PartnerId(stance.partner()),
                                stance.stance(),
                                new PersonId(stance.givenBy()),
                                stance.reason(),
                                stance.reasonPersonal(),
                                occurredOn))
                        .toList();
        return new ProposalPut(
                new Proposal(
                        ProposalId.generate(),
                        request.text(),
                        new PartnerId(request.proposedBy()),
                        request.concernsVersion()),
                stances);
    }

    @PostMapping("/proposals/{proposalId}/stances")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Void> recordStance(
            @PathVariable String partnershipId,
            @PathVariable String proposalId,
            @Valid @RequestBody WrittenStanceRequest request) {
        authority.in(partnershipId).toSpeakForAs(new PartnerId(request.partner()), new PersonId(request.givenBy()));
        commands.sendAndWait(new RecordStance(
                new PartnershipId(partnershipId),
                new ProposalId(proposalId),
                new StanceGiven(
                        new PartnerId(request.partner()),
                        request.stance(),
                        new PersonId(request.givenBy()),
                        request.reason(),
                        request.reasonPersonal(),
                        request.occurredOn())));
        return ResponseEntity.created(Locations.underPartnership(
                        partnershipId, "proposals", proposalId, "stances", request.partner()))
                .build();
    }

    @PostMapping("/proposals/{proposalId}/retraction")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> retractProposal(
            @PathVariable String partnershipId,
            @PathVariable String proposalId,
            @Valid @RequestBody ProposalRetractionRequest request) {
        authority.in(partnershipId).toRecordMeetings();
        commands.sendAndWait(new RetractProposal(
                new PartnershipId(partnershipId), new ProposalId(proposalId), request.reason(), request.occurredOn()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/meetings/{meetingId}/minutes")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> correctMinutes(
            @PathVariable String partnershipId,
            @PathVariable String meetingId,
            @Valid @RequestBody MinutesRequest request) {
        authority.in(partnershipId).toRecordMeetings();
        commands.sendAndWait(new CorrectMinutes(
                new PartnershipId(partnershipId), new MeetingId(meetingId), request.minutes(), request.occurredOn()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/admissions")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Void> admit(@PathVariable String partnershipId, @Valid @RequestBody AdmissionRequest request) {
        authority.in(partnershipId).toRecordMeetings();
        PartnerId partner = PartnerId.generate();
        commands.sendAndWait(new AdmitPartner(
                new PartnershipId(partnershipId),
                new Partner(partner, request.name(), request.sector()),
                new ProposalId(request.proposalId()),
                request.occurredOn()));
        return ResponseEntity.created(Locations.underPartnership(partnershipId, "partners", partner.value()))
                .build();
    }

    @PostMapping("/closing")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> close(@PathVariable String partnershipId, @Valid @RequestBody ClosingRequest request) {
        authority.in(partnershipId).toRecordMeetings();
        commands.sendAndWait(new ClosePartnership(
                new PartnershipId(partnershipId),
                request.reason(),
                request.proposalId() == null ? null : new ProposalId(request.proposalId()),
                request.occurredOn()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/research-opening")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> openToResearch(
            @PathVariable String partnershipId, @Valid @RequestBody ResearchOpeningRequest request) {
        authority.in(partnershipId).toRecordMeetings();
        commands.sendAndWait(new OpenToResearch(
                new PartnershipId(partnershipId), new ProposalId(request.proposalId()), request.occurredOn()));
        return ResponseEntity.noContent().build();
    }
}
