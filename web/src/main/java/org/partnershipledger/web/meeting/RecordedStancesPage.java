package org.partnershipledger.web.meeting;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.decision.StanceGiven;
import org.partnershipledger.core.partnership.ConfirmStance;
import org.partnershipledger.core.partnership.ContestStance;
import org.partnershipledger.core.partnership.OutsideRecord;
import org.partnershipledger.core.partnership.Partners;
import org.partnershipledger.core.partnership.RecordStance;
import org.partnershipledger.query.history.Participants;
import org.partnershipledger.web.pages.Forms;
import org.partnershipledger.web.pages.PageController;
import org.partnershipledger.web.security.AccessRefused;
import org.partnershipledger.web.security.Authority;
import org.partnershipledger.web.security.Histories;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * On the decisions page: the secretary (or a facilitator) records a stance a representative gave in a letter,
 * an e-mail or minutes; a partner's representative confirms or contests a stance recorded for their partner.
 */
@Controller
class RecordedStancesPage implements PageController {

    private final Histories histories;
    private final Authority authority;
    private final CommandGateway commands;
    private final Forms forms;
    private final MessageSource messages;
    private final DecisionsPage decisions;

    RecordedStancesPage(
            Histories histories,
            Authority authority,
            CommandGateway commands,
            Forms forms,
            MessageSource messages,
            DecisionsPage decisions) {
        this.histories = histories;
        this.authority = authority;
        this.commands = commands;
        this.forms = forms;
        this.messages = messages;
        this.decisions = decisions;
    }

    @PostMapping(DecisionsPage.PATH + "/recorded-stance")
    String record(
            @PathVariable String id,
            @Valid @ModelAttribute("recordedStance") OnBehalfForms.RecordedStance form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Histories.Reading reading = histories.readable(id);
        boolean recorded = forms.record(result, () -> {
            PersonId recorder = reading.standing().toRecordOnBehalf();
            commands.sendAndWait(new RecordStance(
                    new PartnershipId(id),
                    new ProposalId(form.getProposal()),
                    new StanceGiven(
                            new PartnerId(form.partner()),
                            form.getStance(),
                            new PersonId(form.person()),
                            form.getReason(),
                            false,
                            form.getDate()),
                    new OutsideRecord(recorder, form.getKind(), form.getDate(), form.getReference())));
        });
        if (!recorded) {
            return decisions.page(id, model);
        }
        redirect.addFlashAttribute("recorded", message("meetings.recordedStance.recorded"));
        return "redirect:/partnerships/" + id + "/decisions";
    }

    @PostMapping(DecisionsPage.PATH + "/answer")
    String answer(
            @PathVariable String id,
            @Valid @ModelAttribute("answer") OnBehalfForms.Answer form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Histories.Reading reading = histories.readable(id);
        PersonId by = authority.actor().person().orElseThrow(() -> new AccessRefused("Refused: no person"));
        Optional<PartnerId> partner =
                Participants.of(reading.history()).representation(by).map(Partners.Representation::partner);
        if (partner.isEmpty()) {
            result.reject("meetings.error.stance.notYours");
        }
        if (form.isContest() && form.getReason().isBlank()) {
            result.rejectValue("reason", "meetings.error.contest.reason");
        }
        boolean recorded = forms.record(result, () -> {
            reading.standing().toAnswerRecordedStanceFor(partner.get(), by);
            PartnershipId partnership = new PartnershipId(id);
            ProposalId proposal = new ProposalId(form.getProposal());
            commands.sendAndWait(
                    form.isContest()
                            ? new ContestStance(
                                    partnership, proposal, partner.get(), by, form.getReason(), form.getOccurredOn())
                            : new ConfirmStance(partnership, proposal, partner.get(), by, form.getOccurredOn()));
        });
        if (!recorded) {
            return decisions.page(id, model);
        }
        redirect.addFlashAttribute(
                "recorded", message(form.isContest() ? "meetings.answer.contested" : "meetings.answer.confirmed"));
        return "redirect:/partnerships/" + id + "/decisions";
    }

    private String message(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, locale);
    }
}
