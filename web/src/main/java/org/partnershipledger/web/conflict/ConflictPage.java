package org.partnershipledger.web.conflict;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.conflict.ConflictId;
import org.partnershipledger.core.conflict.MediatorRef;
import org.partnershipledger.core.partnership.AbandonConflict;
import org.partnershipledger.core.partnership.EscalateConflict;
import org.partnershipledger.core.partnership.RecordConflictStep;
import org.partnershipledger.core.partnership.RecordMediationSession;
import org.partnershipledger.core.partnership.ResolveConflict;
import org.partnershipledger.web.pages.Forms;
import org.partnershipledger.web.pages.PageController;
import org.partnershipledger.web.persons.PersonChoices;
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

/**
 * One conflict's whole history, every step in domain order, and the forms that record its next step. Each
 * form is shown only to those the ledger lets use it (the partners of the conflict and its mediator), and
 * only while the step is possible; the ledger still decides, and its refusals show on the form.
 */
@Controller
@RequestMapping("/partnerships/{id}/conflicts/{conflict}")
class ConflictPage implements PageController {

    private static final String PAGE = "conflicts/conflict";

    private final ConflictRecords records;
    private final Authority authority;
    private final CommandGateway commands;
    private final Forms forms;
    private final MessageSource messages;
    private final PersonChoices choices;

    ConflictPage(
            ConflictRecords records,
            Authority authority,
            CommandGateway commands,
            Forms forms,
            MessageSource messages,
            PersonChoices choices) {
        this.choices = choices;
        this.records = records;
        this.authority = authority;
        this.commands = commands;
        this.forms = forms;
        this.messages = messages;
    }

    @GetMapping
    String show(@PathVariable String id, @PathVariable String conflict, Model model) {
        ConflictRecords.Partnership partnership = records.read(id);
        ConflictRecords.Conflict shown = partnership.conflict(conflict);
        model.addAttribute("partnership", partnership);
        model.addAttribute("conflict", shown);
        model.addAttribute("mayAct", partnership.mayActOn(shown));
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        addIfAbsent(model, "stepForm", new ConflictForms.Note(), form -> form.setOccurredOn(today));
        addIfAbsent(model, "escalationForm", new ConflictForms.Escalation(), form -> form.setOccurredOn(today));
        addIfAbsent(model, "sessionForm", new ConflictForms.Note(), form -> form.setOccurredOn(today));
        model.addAttribute("mediatorChoices", mediatorChoices(partnership, model));
        addIfAbsent(model, "resolutionForm", new ConflictForms.Resolution(), form -> form.setOccurredOn(today));
        addIfAbsent(model, "abandonmentForm", new ConflictForms.Abandonment(), form -> form.setOccurredOn(today));
        return PAGE;
    }

    @PostMapping("/steps")
    String recordStep(
            @PathVariable String id,
            @PathVariable String conflict,
            @Valid @ModelAttribute("stepForm") ConflictForms.Note form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        boolean recorded = forms.record(result, () -> {
            authority.in(id).toActOnConflict(new ConflictId(conflict));
            commands.sendAndWait(new RecordConflictStep(
                    new PartnershipId(id), new ConflictId(conflict), form.getNote(), form.getOccurredOn()));
        });
        return answer(recorded, "conflicts.recorded.step", id, conflict, model, redirect);
    }

    @PostMapping("/escalation")
    String escalate(
            @PathVariable String id,
            @PathVariable String conflict,
            @Valid @ModelAttribute("escalationForm") ConflictForms.Escalation form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        // An appointed mediator needs a name; without any, the agreement's mediator takes the conflict.
        if (form.appointsMediator() && ConflictForms.isBlank(form.getMediatorName())) {
            result.rejectValue("mediatorName", "required", message("conflicts.mediator.nameRequired"));
        }
        boolean recorded = forms.record(result, () -> {
            authority.in(id).toActOnConflict(new ConflictId(conflict));
            commands.sendAndWait(new EscalateConflict(
                    new PartnershipId(id), new ConflictId(conflict), appointed(form), form.getOccurredOn()));
        });
        return answer(recorded, "conflicts.recorded.escalation", id, conflict, model, redirect);
    }

    @PostMapping("/mediation-sessions")
    String recordMediationSession(
            @PathVariable String id,
            @PathVariable String conflict,
            @Valid @ModelAttribute("sessionForm") ConflictForms.Note form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        boolean recorded = forms.record(result, () -> {
            authority.in(id).toActOnConflict(new ConflictId(conflict));
            commands.sendAndWait(new RecordMediationSession(
                    new PartnershipId(id), new ConflictId(conflict), form.getNote(), form.getOccurredOn()));
        });
        return answer(recorded, "conflicts.recorded.session", id, conflict, model, redirect);
    }

    @PostMapping("/resolution")
    String resolve(
            @PathVariable String id,
            @PathVariable String conflict,
            @Valid @ModelAttribute("resolutionForm") ConflictForms.Resolution form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        boolean recorded = forms.record(result, () -> {
            authority.in(id).toActOnConflict(new ConflictId(conflict));
            commands.sendAndWait(new ResolveConflict(
                    new PartnershipId(id),
                    new ConflictId(conflict),
                    form.getResolution(),
                    form.getConsentedBy().stream().map(PartnerId::new).collect(Collectors.toSet()),
                    form.getOccurredOn()));
        });
        return answer(recorded, "conflicts.recorded.resolution", id, conflict, model, redirect);
    }

    @PostMapping("/abandonment")
    String abandon(
            @PathVariable String id,
            @PathVariable String conflict,
            @Valid @ModelAttribute("abandonmentForm") ConflictForms.Abandonment form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        boolean recorded = forms.record(result, () -> {
            authority.in(id).toActOnConflict(new ConflictId(conflict));
            commands.sendAndWait(new AbandonConflict(
                    new PartnershipId(id), new ConflictId(conflict), form.getReason(), form.getOccurredOn()));
        });
        return answer(recorded, "conflicts.recorded.abandonment", id, conflict, model, redirect);
    }

    private static MediatorRef appointed(ConflictForms.Escalation form) {
        if (!form.appointsMediator()) {
            return null;
        }
        return new MediatorRef(
                form.getMediatorName(),
                form.getMediatorOrganisation(),
                ConflictForms.isBlank(form.getMediatorPerson())
                        ? null
                        : new PersonId(form.getMediatorPerson().strip()));
    }

    // Post/Redirect/Get once recorded; otherwise the same page again, with the form as the person filled it.
    private String answer(
            boolean recorded, String what, String id, String conflict, Model model, RedirectAttributes redirect) {
        if (!recorded) {
            return show(id, conflict, model);
        }
        redirect.addFlashAttribute("recorded", message(what));
        return "redirect:/partnerships/{id}/conflicts/{conflict}";
    }

    // The agreement's mediator first, then everyone registered; nobody types a person id.
    private List<PersonChoices.Choice> mediatorChoices(ConflictRecords.Partnership partnership, Model model) {
        List<String> first = new ArrayList<>();
        if (partnership.mediatorInAgreement() != null
                && partnership.mediatorInAgreement().person() != null) {
            first.add(partnership.mediatorInAgreement().person().value());
        }
        if (model.getAttribute("escalationForm") instanceof ConflictForms.Escalation form) {
            first.add(form.getMediatorPerson());
        }
        List<PersonChoices.Choice> listed = new ArrayList<>(choices.of(
                first.stream().filter(person -> !ConflictForms.isBlank(person)).toList()));
        List<String> already = listed.stream().map(PersonChoices.Choice::id).toList();
        listed.addAll(choices.registered(already, List.of()));
        return listed;
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static <T> void addIfAbsent(Model model, String name, T form, Consumer<T> prefill) {
        if (!model.containsAttribute(name)) {
            prefill.accept(form);
            model.addAttribute(name, form);
        }
    }
}
