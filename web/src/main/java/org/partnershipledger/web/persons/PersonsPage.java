package org.partnershipledger.web.persons;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.person.CorrectPersonDetails;
import org.partnershipledger.core.person.PersonDetails;
import org.partnershipledger.core.person.RegisterPerson;
import org.partnershipledger.query.person.PersonView;
import org.partnershipledger.web.pages.Forms;
import org.partnershipledger.web.pages.PageController;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register of persons: a facilitator or an administrator registers persons and reads them all; a
 * person reads and corrects their own details. Researchers read no one here.
 */
@Controller
class PersonsPage implements PageController {

    private final PersonRegister register;
    private final PersonReading reading;
    private final Authority authority;
    private final CommandGateway commands;
    private final Forms forms;
    private final MessageSource messages;

    PersonsPage(
            PersonRegister register,
            PersonReading reading,
            Authority authority,
            CommandGateway commands,
            Forms forms,
            MessageSource messages) {
        this.register = register;
        this.reading = reading;
        this.authority = authority;
        this.commands = commands;
        this.forms = forms;
        this.messages = messages;
    }

    /** A person's details as typed: only the name is required. */
    static class DetailsForm {
        @NotBlank
        private String name;

        private String email;
        private String phone;
        private String organisation;

        static DetailsForm of(PersonView person) {
            DetailsForm form = new DetailsForm();
            form.setName(person.name());
            form.setEmail(person.email());
            form.setPhone(person.phone());
            form.setOrganisation(person.organisation());
            return form;
        }

        PersonDetails details() {
            return new PersonDetails(name, email, phone, organisation);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public String getOrganisation() {
            return organisation;
        }

        public void setOrganisation(String organisation) {
            this.organisation = organisation;
        }
    }

    @GetMapping("/persons")
    String list(Model model) {
        reading.toReadNames();
        model.addAttribute("registerPerson", new DetailsForm());
        own().ifPresent(person -> model.addAttribute("ownDetails", DetailsForm.of(person)));
        return page(model);
    }

    @PostMapping("/persons")
    String registerPerson(
            @Valid @ModelAttribute("registerPerson") DetailsForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        PersonId personId = PersonId.generate();
        boolean registered = forms.record(result, () -> {
            reading.toRegister();
            commands.sendAndWait(new RegisterPerson(personId, form.details(), today()));
        });
        if (!registered) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            own().ifPresent(person -> model.addAttribute("ownDetails", DetailsForm.of(person)));
            return page(model);
        }
        redirect.addFlashAttribute("recorded", message("persons.recorded.registered", form.getName()));
        return "redirect:/persons";
    }

    @PostMapping("/persons/me")
    String correctOwn(
            @Valid @ModelAttribute("ownDetails") DetailsForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Actor actor = authority.actor();
        boolean corrected = forms.record(result, () -> {
            PersonId self = actor.person()
                    .orElseThrow(() -> new org.partnershipledger.web.security.AccessRefused(
                            "correctPerson", "Refused: your user is linked to no person"));
            reading.toCorrect(self);
            commands.sendAndWait(new CorrectPersonDetails(self, form.details(), today()));
        });
        if (!corrected) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("registerPerson", new DetailsForm());
            return page(model);
        }
        redirect.addFlashAttribute("recorded", message("persons.recorded.corrected", form.getName()));
        return "redirect:/persons";
    }

    private String page(Model model) {
        boolean everyone = reading.readsEveryone();
        model.addAttribute("keepsRegister", everyone);
        model.addAttribute("persons", everyone ? register.all() : List.<PersonView>of());
        return "persons/list";
    }

    private Optional<PersonView> own() {
        return authority
                .actor()
                .person()
                .flatMap(person -> register.find(person.value()))
                .filter(person -> !person.erased());
    }

    private String message(String key, String name) {
        return messages.getMessage(key, new Object[] {name}, LocaleContextHolder.getLocale());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
