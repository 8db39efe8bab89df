package org.partnershipledger.web.agreement;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.partnership.ProposeAgreement;
import org.partnershipledger.query.history.Participants;
import org.partnershipledger.web.pages.Forms;
import org.partnershipledger.web.pages.PageController;
import org.partnershipledger.web.partnership.PartnershipRecord;
import org.partnershipledger.web.persons.PersonChoices;
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

/** A representative proposes the next agreement version section by section, starting from the latest. */
@Controller
class AgreementProposalPage implements PageController {

    /** The form's sections in order, by the ids of their fieldsets, for the index at the top of the form. */
    private static final List<String> FORM_SECTIONS = List.of(
            "background",
            "goals",
            "contentAndQuality",
            "organisation",
            "dialogue",
            "plan",
            "budget",
            "changes",
            "evaluation",
            "term");

    private final AgreementReading agreements;
    private final Authority authority;
    private final CommandGateway commands;
    private final Forms forms;
    private final MessageSource messages;
    private final PersonChoices choices;

    AgreementProposalPage(
            AgreementReading agreements,
            Authority authority,
            CommandGateway commands,
            Forms forms,
            MessageSource messages,
            PersonChoices choices) {
        this.choices = choices;
        this.agreements = agreements;
        this.authority = authority;
        this.commands = commands;
        this.forms = forms;
        this.messages = messages;
    }

    /** A partner on the form: one the person speaks for, or one a responsibility can be given to. */
    record PartnerChoice(String id, String name) {}

    @GetMapping("/partnerships/{id}/agreement/new")
    String draft(@PathVariable String id, Model model) {
        AgreementReading.Agreement agreement = agreements.of(id);
        ProposalForm proposal = ProposalDrafts.startingFrom(
                agreement
                        .record()
                        .latest()
                        .map(PartnershipRecord.Version::content)
                        .orElse(null),
                agreement.state().partners());
        List<PartnerChoice> proposers = proposers(agreement);
        if (!proposers.isEmpty()) {
            proposal.setProposedBy(proposers.get(0).id());
        }
        return page(agreement, proposal, model);
    }

    @PostMapping("/partnerships/{id}/agreement/versions")
    String propose(
            @PathVariable String id,
            @Valid @ModelAttribute("proposal") ProposalForm proposal,
            BindingResult form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ProposalDrafts.check(proposal, form);
        agreements.of(id); // a partnership the person may not read, or that does not exist, is refused first
        AtomicInteger version = new AtomicInteger();
        boolean recorded = forms.record(form, () -> {
            PartnerId proposedBy = new PartnerId(proposal.getProposedBy());
            authority.in(id).toSpeakFor(proposedBy);
            version.set(commands.sendAndWait(new ProposeAgreement(
                    new PartnershipId(id), ProposalDrafts.content(proposal), proposedBy, proposal.getProposedOn())));
        });
        AgreementReading.Agreement agreement = agreements.of(id);
        if (!recorded) {
            response.setStatus((form.hasGlobalErrors() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST).value());
            return page(agreement, ProposalDrafts.withEmptyRows(proposal), model);
        }
        redirect.addFlashAttribute(
                "recorded",
                messages.getMessage(
                        "partnership.propose.recorded",
                        new Object[] {version.get(), agreement.record().nameOf(proposal.getProposedBy())},
                        LocaleContextHolder.getLocale()));
        return "redirect:/partnerships/{id}/agreement/versions/" + version.get();
    }

    private String page(AgreementReading.Agreement agreement, ProposalForm proposal, Model model) {
        model.addAttribute("id", agreement.id());
        model.addAttribute("name", agreement.title());
        model.addAttribute("basedOn", agreement.latestNumber());
        model.addAttribute("formSections", FORM_SECTIONS);
        model.addAttribute("proposers", proposers(agreement));
        model.addAttribute(
                "partners",
                agreement.state().partners().stream()
                        .map(partner -> new PartnerChoice(partner.id(), partner.name()))
                        .toList());
        model.addAttribute("proposal", proposal);
        // The mediator is chosen among registered persons, so the one named can read the conflicts they get.
        model.addAttribute(
                "mediatorChoices",
                choices.registered(List.of(), List.of(proposal.getDialogue().getMediatorPerson())));
        return "partnership/propose";
    }

    // A person speaks for the one partner they represent.
    private List<PartnerChoice> proposers(AgreementReading.Agreement agreement) {
        return authority
                .actor()
                .person()
                .flatMap(Participants.of(agreement.reading().history())::representation)
                .map(representation -> List.of(new PartnerChoice(
                        representation.partner().value(),
                        agreement.record().nameOf(representation.partner().value()))))
                .orElse(List.of());
    }
}
