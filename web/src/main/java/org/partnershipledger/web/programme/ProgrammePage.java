package org.partnershipledger.web.programme;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.programme.DeclareTreatmentRelationship;
import org.partnershipledger.core.programme.MatchPair;
import org.partnershipledger.core.programme.PairId;
import org.partnershipledger.core.programme.ProgrammeId;
import org.partnershipledger.core.programme.ProgrammeMeetingKind;
import org.partnershipledger.core.programme.RecordProgrammeMeeting;
import org.partnershipledger.query.programme.ProgrammeHistory;
import org.partnershipledger.query.programme.ProgrammeView;
import org.partnershipledger.query.programme.ProgrammeView.PairView;
import org.partnershipledger.web.pages.Forms;
import org.partnershipledger.web.pages.PageController;
import org.partnershipledger.web.persons.PeopleNames;
import org.partnershipledger.web.persons.PersonChoices;
import org.partnershipledger.web.programme.ProgrammeForms.JointMeetingForm;
import org.partnershipledger.web.programme.ProgrammeForms.MatchPairForm;
import org.partnershipledger.web.programme.ProgrammeForms.TreatmentRelationshipForm;
import org.partnershipledger.web.security.Actor;
import org.partnershipledger.web.security.Authority;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One programme. Its facilitator sees every pair: who is in it, its partnership, its meetings so far
 * against the two to three expected, and how many diary entries it keeps; and matches pairs, records
 * treatment relationships and the joint meetings. A person in a pair sees only their own pair, with the
 * diary entries they may read.
 */
@Controller
public class ProgrammePage implements PageController {

    private final ProgrammeHistory programmes;
    private final PairProgress progress;
    private final CommandGateway commands;
    private final Authority authority;
    private final Forms forms;
    private final MessageSource messages;
    private final PersonChoices choices;
    private final PeopleNames names;

    ProgrammePage(
            ProgrammeHistory programmes,
            PairProgress progress,
            CommandGateway commands,
            Authority authority,
            Forms forms,
            MessageSource messages,
            PersonChoices choices,
            PeopleNames names) {
        this.choices = choices;
        this.names = names;
        this.programmes = programmes;
        this.progress = progress;
        this.commands = commands;
        this.authority = authority;
        this.forms = forms;
        this.messages = messages;
    }

    @GetMapping("/programmes/{id}")
    String programme(@PathVariable String id, Model model) {
        return page(readable(id), model);
    }

    @PostMapping("/programmes/{id}/pairs")
    String matchPair(
            @PathVariable String id,
            @Valid @ModelAttribute("matchPair") MatchPairForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ProgrammeView programme = runBySignedIn(id);
        boolean matched = forms.record(
                result,
                () -> commands.sendAndWait(new MatchPair(
                        new ProgrammeId(id),
                        PairId.generate(),
                        new PersonId(form.getExperienceExpert().strip()),
                        new PersonId(form.getStrategicLeader().strip()),
                        PartnershipId.generate(),
                        form.getOccurredOn())));
        if (!matched) {
            return refused(programme, model, response);
        }
        PeopleNames.Lookup people = names.lookup();
        return recorded(
                id,
                redirect,
                "programmes.recorded.matched",
                people.name(form.getExperienceExpert()),
                people.name(form.getStrategicLeader()));
    }

    @PostMapping("/programmes/{id}/treatment-relationships")
    String declareTreatmentRelationship(
            @PathVariable String id,
            @Valid @ModelAttribute("treatmentRelationship") TreatmentRelationshipForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ProgrammeView programme = runBySignedIn(id);
        boolean declared = forms.record(
                result,
                () -> commands.sendAndWait(new DeclareTreatmentRelationship(
                        new ProgrammeId(id),
                        new PersonId(form.getPerson().strip()),
                        new PersonId(form.getCloseTo().strip()),
                        form.getOccurredOn())));
        if (!declared) {
            return refused(programme, model, response);
        }
        PeopleNames.Lookup people = names.lookup();
        return recorded(
                id,
                redirect,
                "programmes.recorded.treatment",
                people.name(form.getPerson()),
                people.name(form.getCloseTo()));
    }

    @PostMapping("/programmes/{id}/meetings")
    String recordMeeting(
            @PathVariable String id,
            @Valid @ModelAttribute("jointMeeting") JointMeetingForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ProgrammeView programme = runBySignedIn(id);
        boolean held = forms.record(
                result,
                () -> commands.sendAndWait(new RecordProgrammeMeeting(
                        new ProgrammeId(id),
                        form.getKind(),
                        form.getOccurredOn(),
                        form.attendeeList().stream().map(PersonId::new).toList())));
        if (!held) {
            return refused(programme, model, response);
        }
        String kind =
                messages.getMessage("programmes.meeting.kind." + form.getKind(), null, LocaleContextHolder.getLocale());
        String heldOn = DateTimeFormatter.ofPattern(
                        messages.getMessage("date.format", null, LocaleContextHolder.getLocale()),
                        LocaleContextHolder.getLocale())
                .format(form.getOccurredOn());
        return recorded(id, redirect, "programmes.recorded.meeting", kind, heldOn);
    }

    private String page(ProgrammeView programme, Model model) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Actor actor = authority.actor();
        boolean facilitates = actor.is(new PersonId(programme.facilitator()));
        List<PairProgress.PairRow> rows = new ArrayList<>();
        for (PairView pair : programme.pairs()) {
            if (facilitates) {
                rows.add(progress.counted(programme, pair, today));
            } else if (actor.person().filter(person -> isIn(pair, person)).isPresent()) {
                rows.add(progress.asMember(programme, pair, today));
            }
        }
        model.addAttribute("programme", programme);
        model.addAttribute("facilitates", facilitates);
        model.addAttribute("rows", rows);
        model.addAttribute("meetingKinds", Arrays.asList(ProgrammeMeetingKind.values()));
        if (facilitates) {
            addBlankForms(programme, model, today);
            addChoices(programme, model);
        }
        return "programmes/programme";
    }

    private static void addBlankForms(ProgrammeView programme, Model model, LocalDate today) {
        if (!model.containsAttribute("matchPair")) {
            model.addAttribute("matchPair", MatchPairForm.on(today));
        }
        if (!model.containsAttribute("treatmentRelationship")) {
            model.addAttribute("treatmentRelationship", TreatmentRelationshipForm.on(today));
        }
        if (!model.containsAttribute("jointMeeting")) {
            // Joint meetings are for everyone in the programme, so all are ticked to untick who was absent.
            List<String> everyone = everyone(programme);
            ProgrammeMeetingKind next = programme.kickOffOn() == null
                    ? ProgrammeMeetingKind.KICK_OFF
                    : ProgrammeMeetingKind.WRAP_UP_EVALUATION;
            model.addAttribute("jointMeeting", JointMeetingForm.of(next, today, everyone));
        }
    }

    // The facilitator stays independent of the pairs, so they are no choice for one.
    private void addChoices(ProgrammeView programme, Model model) {
        List<String> kept = new ArrayList<>();
        if (model.getAttribute("matchPair") instanceof MatchPairForm match) {
            kept.add(match.getExperienceExpert());
            kept.add(match.getStrategicLeader());
        }
        if (model.getAttribute("treatmentRelationship") instanceof TreatmentRelationshipForm treatment) {
            kept.add(treatment.getPerson());
            kept.add(treatment.getCloseTo());
        }
        model.addAttribute("candidates", choices.registered(List.of(programme.facilitator()), kept));
        model.addAttribute("everyone", choices.of(everyone(programme)));
    }

    private static List<String> everyone(ProgrammeView programme) {
        return Stream.concat(
                        Stream.of(programme.facilitator()),
                        programme.pairs().stream()
                                .flatMap(pair -> Stream.of(pair.experienceExpert(), pair.strategicLeader())))
                .toList();
    }

    private String refused(ProgrammeView programme, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(programme, model);
    }

    private String recorded(String id, RedirectAttributes redirect, String message, Object... arguments) {
        redirect.addFlashAttribute(
                "recorded", messages.getMessage(message, arguments, LocaleContextHolder.getLocale()));
        return "redirect:/programmes/" + id;
    }

    private ProgrammeView readable(String id) {
        ProgrammeView programme = programmes.view(id).orElseThrow(() -> new ProgrammeNotFound(id));
        authority.toReadProgramme(programme);
        return programme;
    }

    // The same rule as the API's: only the facilitator who runs the programme records in it.
    private ProgrammeView runBySignedIn(String id) {
        ProgrammeView programme = programmes.view(id).orElseThrow(() -> new ProgrammeNotFound(id));
        authority.toRunProgramme(new PersonId(programme.facilitator()));
        return programme;
    }

    private static boolean isIn(PairView pair, PersonId person) {
        return pair.experienceExpert().equals(person.value())
                || pair.strategicLeader().equals(person.value());
    }

    public static class ProgrammeNotFound extends RuntimeException {
        ProgrammeNotFound(String id) {
            super("No programme " + id);
        }
    }
}
