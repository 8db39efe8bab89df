package org.partnershipledger.web.meeting;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.decision.Stance;
import org.partnershipledger.core.decision.StanceGiven;
import org.partnershipledger.core.decision.UnknownProposalException;
import org.partnershipledger.core.partnership.DocumentKind;
import org.partnershipledger.core.partnership.RecordStance;
import org.partnershipledger.core.partnership.RetractProposal;
import org.partnershipledger.query.decision.DecisionTrail;
import org.partnershipledger.query.decision.DecisionView;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.web.pages.Forms;
import org.partnershipledger.web.pages.PageController;
import org.partnershipledger.web.persons.PeopleNames;
import org.partnershipledger.web.programme.PairTitles;
import org.partnershipledger.web.security.AccessRefused;
import org.partnershipledger.web.security.Authority;
import org.partnershipledger.web.security.Histories;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the partners decided in agreement, and what is still pending with the partners who have to answer.
 * A representative of such a partner gives its stance here in writing; the proposer may retract it.
 */
@Controller
class DecisionsPage implements PageController {

    static final String PATH = "/partnerships/{id}/decisions";
    static final int DECIDED_PER_PAGE = 50;

    private final Histories histories;
    private final PeopleNames names;
    private final Authority authority;
    private final CommandGateway commands;
    private final Forms forms;
    private final MessageSource messages;
    private final PairTitles pairTitles;

    DecisionsPage(
            Histories histories,
            PeopleNames names,
            Authority authority,
            CommandGateway commands,
            Forms forms,
            MessageSource messages,
            PairTitles pairTitles) {
        this.histories = histories;
        this.names = names;
        this.authority = authority;
        this.commands = commands;
        this.forms = forms;
        this.messages = messages;
        this.pairTitles = pairTitles;
    }

    @GetMapping(PATH)
    String decisions(
            @PathVariable String id, @RequestParam(name = "page", defaultValue = "1") String page, Model model) {
        model.addAttribute("written", new DecisionForms.WrittenStance());
        model.addAttribute("retraction", new DecisionForms.Retraction());
        return page(id, model, pageNumber(page));
    }

    // A page number typed into the address that is no number reads as the first page, not as an error page.
    private static int pageNumber(String page) {
        try {
            return Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    @PostMapping(PATH + "/stance")
    String giveStance(
            @PathVariable String id,
            @Valid @ModelAttribute("written") DecisionForms.WrittenStance form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Histories.Reading reading = histories.readable(id);
        Steering steering = steering(reading);
        DecisionRow row = pending(steering, reading, form.getProposal());
        PersonId by = authority.actor().person().orElseThrow(() -> new AccessRefused("Refused: no person"));
        Optional<String> partner = ownPartner(steering).filter(own -> row.waitingFor().stream()
                .anyMatch(waiting -> waiting.id().equals(own)));
        if (partner.isEmpty()) {
            result.reject("meetings.error.stance.notYours");
        }
        boolean recorded = forms.record(result, () -> {
            PartnerId speaksFor = new PartnerId(partner.get());
            reading.standing().toSpeakForAs(speaksFor, by);
            commands.sendAndWait(new RecordStance(
                    new PartnershipId(id),
                    new ProposalId(row.proposalId()),
                    new StanceGiven(
                            speaksFor,
                            form.getStance(),
                            by,
                            form.getReason(),
                            form.isReasonPersonal(),
                            form.getOccurredOn())));
        });
        if (!recorded) {
            model.addAttribute("retraction", new DecisionForms.Retraction());
            return page(id, model);
        }
        DecisionView now = decision(id, row.proposalId());
        redirect.addFlashAttribute(
                "recorded",
                message(
                        "meetings.stance.recorded",
                        steering.partnerName(partner.get()),
                        row.decision().text(),
                        message("meetings.outcome." + now.outcome())));
        return "redirect:/partnerships/" + id + "/decisions";
    }

    @PostMapping(PATH + "/retraction")
    String retract(
            @PathVariable String id,
            @Valid @ModelAttribute("retraction") DecisionForms.Retraction form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Histories.Reading reading = histories.readable(id);
        DecisionRow row = pending(steering(reading), reading, form.getProposal());
        boolean recorded = forms.record(result, () -> {
            // The API's rule (meetings are the steering group's to record), and it is the proposer's to take back.
            reading.standing().toRecordMeetings();
            reading.standing().toSpeakFor(new PartnerId(row.decision().proposedBy()));
            commands.sendAndWait(new RetractProposal(
                    new PartnershipId(id), new ProposalId(row.proposalId()), form.getReason(), form.getOccurredOn()));
        });
        if (!recorded) {
            model.addAttribute("written", new DecisionForms.WrittenStance());
            return page(id, model);
        }
        redirect.addFlashAttribute(
                "recorded", message("meetings.retracted", row.decision().text()));
        return "redirect:/partnerships/" + id + "/decisions";
    }

    /** The page, with blank forms where none was sent back with its errors. */
    String page(String id, Model model) {
        return page(id, model, 1);
    }

    /**
     * The page with the {@code number}th page of decided proposals, newest first: a partnership of ten years
     * has decided more than one page can show, and the newest are the ones its readers come for.
     */
    String page(String id, Model model, int number) {
        Histories.Reading reading = histories.readable(id);
        Steering steering = steering(reading);
        blank(model, "written", new DecisionForms.WrittenStance());
        blank(model, "retraction", new DecisionForms.Retraction());
        blank(model, "recordedStance", new OnBehalfForms.RecordedStance());
        blank(model, "answer", new OnBehalfForms.Answer());
        // Newest first: the proposal just put or answered is at the top, not at the end of years of them.
        List<DecisionRow> rows = new ArrayList<>(trail(reading).stream()
                .map(decision -> DecisionRow.of(decision, steering))
                .toList());
        Collections.reverse(rows);
        model.addAttribute("partnershipId", id);
        model.addAttribute("partnershipName", steering.partnershipName(pairTitles));
        model.addAttribute(
                "pending",
                rows.stream()
                        .filter(row -> DecisionRow.isPending(row.decision()))
                        .toList());
        List<DecisionRow> decided = rows.stream()
                .filter(row -> !DecisionRow.isPending(row.decision()))
                .toList();
        int pages = Math.max(1, (decided.size() + DECIDED_PER_PAGE - 1) / DECIDED_PER_PAGE);
        int shown = Math.min(number, pages);
        model.addAttribute(
                "decided",
                decided.subList((shown - 1) * DECIDED_PER_PAGE, Math.min(decided.size(), shown * DECIDED_PER_PAGE)));
        model.addAttribute("decidedPage", shown);
        model.addAttribute("decidedPages", pages);
        Optional<String> own = ownPartner(steering);
        // The forms show only where they can succeed; the checks that count are made when one is sent.
        model.addAttribute(
                "answerable",
                rows.stream()
                        .filter(row -> own.isPresent()
                                && row.waitingFor().stream()
                                        .anyMatch(partner -> partner.id().equals(own.get())))
                        .map(DecisionRow::proposalId)
                        .collect(Collectors.toSet()));
        model.addAttribute(
                "retractable",
                rows.stream()
                        .filter(row -> DecisionRow.isPending(row.decision()))
                        .filter(row -> own.isPresent()
                                && own.get().equals(row.decision().proposedBy()))
                        .map(DecisionRow::proposalId)
                        .collect(Collectors.toSet()));
        onBehalf(model, reading, steering, rows, own);
        model.addAttribute("stances", Stance.values());
        model.addAttribute("blankStance", new DecisionForms.WrittenStance());
        model.addAttribute("blankRetraction", new DecisionForms.Retraction());
        return "meetings/decisions";
    }

    /**
     * The secretary's (or a facilitator's) form to record a stance from a document, for each pending proposal
     * with the persons who represent or represented a partner still to answer; and the own partner, whose
     * representative confirms or contests the stances recorded for it.
     */
    private static void onBehalf(
            Model model, Histories.Reading reading, Steering steering, List<DecisionRow> rows, Optional<String> own) {
        boolean mayRecord;
        try {
            reading.standing().toRecordOnBehalf();
            mayRecord = true;
        } catch (AccessRefused refused) {
            mayRecord = false;
        }
        List<Steering.Giver> givers = mayRecord ? steering.everRepresented(null) : List.of();
        Map<String, List<Steering.Giver>> recordable = new LinkedHashMap<>();
        for (DecisionRow row : rows) {
            List<Steering.Giver> waiting = givers.stream()
                    .filter(giver -> row.waitingFor().stream()
                            .anyMatch(partner -> partner.id().equals(giver.partner())))
                    .toList();
            if (!waiting.isEmpty()) {
                recordable.put(row.proposalId(), waiting);
            }
        }
        model.addAttribute("recordable", recordable);
        model.addAttribute("stanceDocuments", List.of(DocumentKind.LETTER, DocumentKind.E_MAIL, DocumentKind.MINUTES));
        model.addAttribute("ownPartner", own.orElse(null));
        model.addAttribute("blankRecordedStance", new OnBehalfForms.RecordedStance());
        model.addAttribute("blankAnswer", new OnBehalfForms.Answer());
    }

    private static void blank(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    private Steering steering(Histories.Reading reading) {
        return Steering.of(history(reading), names.byPerson());
    }

    private List<HistoryEvent> history(Histories.Reading reading) {
        return histories.window(reading, Optional.empty(), Optional.empty());
    }

    private List<DecisionView> trail(Histories.Reading reading) {
        return DecisionTrail.of(history(reading));
    }

    private DecisionView decision(String id, String proposal) {
        return trail(histories.readable(id)).stream()
                .filter(decision -> decision.proposalId().equals(proposal))
                .findFirst()
                .orElseThrow();
    }

    // A form names a proposal that is pending; anything else is a stale or forged page.
    private DecisionRow pending(Steering steering, Histories.Reading reading, String proposal) {
        return trail(reading).stream()
                .filter(decision -> decision.proposalId().equals(proposal))
                .map(decision -> DecisionRow.of(decision, steering))
                .findFirst()
                .orElseThrow(() -> new UnknownProposalException(
                        new ProposalId(proposal == null || proposal.isBlank() ? "none" : proposal)));
    }

    // A person represents one partner at a time in a partnership.
    private Optional<String> ownPartner(Steering steering) {
        return authority
                .actor()
                .person()
                .flatMap(person -> steering.representative(person.value()))
                .map(Steering.Representative::partner);
    }

    private String message(String key, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, arguments, locale);
    }
}
