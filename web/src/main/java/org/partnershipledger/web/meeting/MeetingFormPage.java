package org.partnershipledger.web.meeting;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import org.partnershipledger.core.partnership.RecordMeeting;
import org.partnershipledger.web.pages.Forms;
import org.partnershipledger.web.pages.PageController;
import org.partnershipledger.web.persons.PeopleNames;
import org.partnershipledger.web.programme.PairTitles;
import org.partnershipledger.web.security.Authority;
import org.partnershipledger.web.security.Histories;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.datetime.standard.DateTimeFormatterFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording a meeting of the steering group, with the proposals put to it and each partner's stance, by
 * the secretary or a steering-group member (as the API allows). Without JavaScript, "add another
 * proposal" sends the form back with one more empty row and records nothing.
 */
@Controller
class MeetingFormPage implements PageController {

    static final String PATH = "/partnerships/{id}/meetings/new";

    private final Histories histories;
    private final PeopleNames names;
    private final CommandGateway commands;
    private final Forms forms;
    private final MessageSource messages;
    private final Authority authority;
    private final PairTitles pairTitles;

    MeetingFormPage(
            Histories histories,
            PeopleNames names,
            CommandGateway commands,
            Forms forms,
            MessageSource messages,
            Authority authority,
            PairTitles pairTitles) {
        this.authority = authority;
        this.histories = histories;
        this.names = names;
        this.commands = commands;
        this.forms = forms;
        this.messages = messages;
        this.pairTitles = pairTitles;
    }

    @GetMapping(PATH)
    String form(@PathVariable String id, Model model) {
        Steering steering = steeringFor(id);
        MeetingForm form = new MeetingForm();
        form.getProposals().forEach(proposal -> proposal.setProposedBy(ownPartner(steering)));
        model.addAttribute("meeting", form);
        return page(id, steering, model);
    }

    @PostMapping(path = PATH, params = "addProposal")
    String addProposal(
            @PathVariable String id, @ModelAttribute("meeting") MeetingForm form, BindingResult typed, Model model) {
        Steering steering = steeringFor(id);
        MeetingForm.ProposalForm another = new MeetingForm.ProposalForm();
        another.setProposedBy(ownPartner(steering));
        form.getProposals().add(another);
        return page(id, steering, model);
    }

    @PostMapping(path = PATH, params = "!addProposal")
    String record(
            @PathVariable String id,
            @Valid @ModelAttribute("meeting") MeetingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Steering steering = steeringFor(id);
        List<Attendee> attendees = attendees(form, steering, result);
        // Every row is checked before anything is sent, so all the problems show at once.
        List<ProposalPut> proposals = proposals(form, attendees, result);
        MeetingId meetingId = MeetingId.generate();
        boolean recorded = forms.record(
                result,
                () -> commands.sendAndWait(new RecordMeeting(
                        new PartnershipId(id),
                        meetingId,
                        form.getKind(),
                        form.getOccurredOn(),
                        attendees,
                        List.of(),
                        form.getMinutes(),
                        proposals,
                        // Stances the recorder did not give themself are recorded from the minutes on their behalf.
                        authority.actor().person().orElse(null))));
        if (!recorded) {
            return page(id, steering, model);
        }
        Locale locale = LocaleContextHolder.getLocale();
        String date = new DateTimeFormatterFactory(messages.getMessage("date.format", null, locale))
                .createDateTimeFormatter()
                .withLocale(locale)
                .format(form.getOccurredOn());
        redirect.addFlashAttribute(
                "recorded", messages.getMessage("meetings.recorded", new Object[] {date, proposals.size()}, locale));
        return "redirect:/partnerships/" + id + "/meetings/" + meetingId.value();
    }

    // Only those who may record meetings see the form; the same rule as the API's.
    private Steering steeringFor(String id) {
        Histories.Reading reading = histories.readable(id);
        reading.standing().toRecordMeetings();
        return Steering.of(histories.window(reading, Optional.empty(), Optional.empty()), names.byPerson());
    }

    private String page(String id, Steering steering, Model model) {
        model.addAttribute("partnershipId", id);
        model.addAttribute("partnershipName", steering.partnershipName(pairTitles));
        model.addAttribute("partners", steering.partners());
        model.addAttribute("representatives", steering.representatives());
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("stances", Stance.values());
        return "meetings/new";
    }

    private static List<Attendee> attendees(MeetingForm form, Steering steering, BindingResult result) {
        List<Attendee> attendees = new ArrayList<>();
        for (String person : form.getAttendees()) {
            Optional<Steering.Representative> representative = steering.representative(person);
            if (representative.isEmpty()) {
                result.rejectValue("attendees", "meetings.error.attendees.unknown");
                return List.of();
            }
            attendees.add(new Attendee(
                    new PersonId(person), new PartnerId(representative.get().partner())));
        }
        return attendees;
    }

    /**
     * The proposals typed, each partner's stance given by a representative of it who attended; a row left
     * empty is skipped. Problems go to the row's fields, so the person sees which one to correct; with any
     * problem on the form the proposals are not used.
     */
    private static List<ProposalPut> proposals(MeetingForm form, List<Attendee> attendees, BindingResult result) {
        List<ProposalPut> puts = new ArrayList<>();
        LocalDate heldOn = form.getOccurredOn() == null ? LocalDate.now(ZoneOffset.UTC) : form.getOccurredOn();
        for (int row = 0; row < form.getProposals().size(); row++) {
            MeetingForm.ProposalForm proposal = form.getProposals().get(row);
            if (proposal == null || proposal.isEmpty()) {
                continue;
            }
            String field = "proposals[" + row + "].";
            boolean hasText = proposal.getText() != null && !proposal.getText().isBlank();
            boolean hasProposer = proposal.getProposedBy() != null
                    && !proposal.getProposedBy().isBlank();
            if (!hasText) {
                result.rejectValue(field + "text", "meetings.error.proposal.text");
            }
            if (!hasProposer) {
                result.rejectValue(field + "proposedBy", "meetings.error.proposal.proposedBy");
            }
            List<StanceGiven> stances = new ArrayList<>();
            for (Map.Entry<String, String> entry : proposal.getStances().entrySet()) {
                if (entry.getValue() == null || entry.getValue().isBlank()) {
                    continue;
                }
                String stanceField = field + "stances['" + entry.getKey() + "']";
                Optional<Stance> stance = stance(entry.getValue());
                if (stance.isEmpty()) {
                    result.rejectValue(stanceField, "meetings.error.stance.missing");
                    continue;
                }
                PartnerId partner = new PartnerId(entry.getKey());
                Optional<Attendee> by = attendees.stream()
                        .filter(attendee -> partner.equals(attendee.represents()))
                        .findFirst();
                if (by.isEmpty()) {
                    result.rejectValue(stanceField, "meetings.error.stance.absent");
                    continue;
                }
                stances.add(new StanceGiven(partner, stance.get(), by.get().person(), null, heldOn));
            }
            if (hasText && hasProposer) {
                puts.add(new ProposalPut(
                        new Proposal(
                                ProposalId.generate(),
                                proposal.getText(),
                                new PartnerId(proposal.getProposedBy()),
                                null),
                        stances));
            }
        }
        return puts;
    }

    // The select offers only the stances; anything else is a forged form, answered like a missing value.
    private static Optional<Stance> stance(String name) {
        return Arrays.stream(Stance.values())
                .filter(stance -> stance.name().equals(name))
                .findFirst();
    }

    // A proposal is most often put by the partner of whoever enters the meeting.
    private String ownPartner(Steering steering) {
        return authority
                .actor()
                .person()
                .flatMap(person -> steering.representative(person.value()))
                .map(Steering.Representative::partner)
                .orElse("");
    }
}
