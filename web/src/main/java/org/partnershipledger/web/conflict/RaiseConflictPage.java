package org.partnershipledger.web.conflict;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.conflict.ConflictCategory;
import org.partnershipledger.core.conflict.ConflictId;
import org.partnershipledger.core.conflict.ConflictOpening;
import org.partnershipledger.core.partnership.RaiseConflict;
import org.partnershipledger.web.pages.Forms;
import org.partnershipledger.web.pages.PageController;
import org.partnershipledger.web.security.Authority;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A partner's representative raises a conflict with other partners, for the partner they represent. */
@Controller
@RequestMapping("/partnerships/{id}/conflicts/new")
class RaiseConflictPage implements PageController {

    private final ConflictRecords records;
    private final Authority authority;
    private final CommandGateway commands;
    private final Forms forms;
    private final MessageSource messages;

    RaiseConflictPage(
            ConflictRecords records,
            Authority authority,
            CommandGateway commands,
            Forms forms,
            MessageSource messages) {
        this.records = records;
        this.authority = authority;
        this.commands = commands;
        this.forms = forms;
        this.messages = messages;
    }

    @GetMapping
    String form(@PathVariable String id, Model model) {
        ConflictForms.Raise form = new ConflictForms.Raise();
        form.setOccurredOn(LocalDate.now(ZoneOffset.UTC));
        Set<PartnerId> represented = show(id, model);
        // Most people represent one partner: it raises the conflict unless they choose otherwise.
        represented.stream().findFirst().ifPresent(partner -> form.setRaisedBy(partner.value()));
        model.addAttribute("raiseForm", form);
        return "conflicts/raise";
    }

    @PostMapping
    String raise(
            @PathVariable String id,
            @Valid @ModelAttribute("raiseForm") ConflictForms.Raise form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ConflictId conflictId = ConflictId.generate();
        boolean recorded = forms.record(result, () -> {
            authority.in(id).toSpeakFor(new PartnerId(form.getRaisedBy()));
            commands.sendAndWait(new RaiseConflict(
                    new PartnershipId(id),
                    conflictId,
                    new ConflictOpening(
                            new PartnerId(form.getRaisedBy()),
                            form.getConcerning().stream().map(PartnerId::new).toList(),
                            form.getTopic(),
                            form.getDescription(),
                            form.getCategory()),
                    form.getOccurredOn()));
        });
        if (!recorded) {
            show(id, model);
            return "conflicts/raise";
        }
        redirect.addFlashAttribute(
                "recorded", messages.getMessage("conflicts.recorded.raised", null, LocaleContextHolder.getLocale()));
        return "redirect:/partnerships/{id}/conflicts/" + conflictId.value();
    }

    // The partnership, its current partners and the categories, for the form; the partners the reader speaks for.
    private Set<PartnerId> show(String id, Model model) {
        ConflictRecords.Partnership partnership = records.read(id);
        Set<PartnerId> represented = partnership.standing().reader().represents();
        model.addAttribute("partnership", partnership);
        model.addAttribute(
                "represented",
                partnership.currentPartners().stream()
                        .filter(partner -> represented.contains(new PartnerId(partner.id())))
                        .toList());
        model.addAttribute("categories", ConflictCategory.values());
        return represented;
    }
}
