package org.partnershipledger.web.programme;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.programme.ProgrammeId;
import org.partnershipledger.core.programme.StartProgramme;
import org.partnershipledger.query.programme.ListProgrammes;
import org.partnershipledger.query.programme.ProgrammeHistory;
import org.partnershipledger.query.programme.ProgrammeSummary;
import org.partnershipledger.query.programme.ProgrammeView;
import org.partnershipledger.web.pages.Forms;
import org.partnershipledger.web.pages.PageController;
import org.partnershipledger.web.security.AccessRefused;
import org.partnershipledger.web.security.Actor;
import org.partnershipledger.web.security.Authority;
import org.partnershipledger.web.security.Capacity;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The programmes the signed-in facilitator runs, with where each stands, and a form to start one. */
@Controller
class ProgrammeListPage implements PageController {

    private final QueryGateway queries;
    private final ProgrammeHistory programmes;
    private final CommandGateway commands;
    private final Authority authority;
    private final Forms forms;
    private final MessageSource messages;

    ProgrammeListPage(
            QueryGateway queries,
            ProgrammeHistory programmes,
            CommandGateway commands,
            Authority authority,
            Forms forms,
            MessageSource messages) {
        this.queries = queries;
        this.programmes = programmes;
        this.commands = commands;
        this.authority = authority;
        this.forms = forms;
        this.messages = messages;
    }

    /** A programme is started in the signed-in facilitator's own name, so the form does not ask whose. */
    static class StartProgrammeForm {
        @NotBlank
        private String name;

        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate startsOn;

        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate endsOn;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public LocalDate getStartsOn() {
            return startsOn;
        }

        public void setStartsOn(LocalDate startsOn) {
            this.startsOn = startsOn;
        }

        public LocalDate getEndsOn() {
            return endsOn;
        }

        public void setEndsOn(LocalDate endsOn) {
            this.endsOn = endsOn;
        }
    }

    /** A row: the programme's start as summarised, and its state and pairs from its own history. */
    record Row(ProgrammeSummary programme, ProgrammeView.State state, int pairs) {}

    @GetMapping("/programmes")
    String list(Model model) {
        StartProgrammeForm form = new StartProgrammeForm();
        // Two and a half months: the middle of what a programme may run, as a starting point to adjust.
        form.setStartsOn(LocalDate.now(ZoneOffset.UTC));
        form.setEndsOn(form.getStartsOn().plusMonths(2).plusWeeks(2));
        model.addAttribute("startProgramme", form);
        return page(model);
    }

    @PostMapping("/programmes")
    String start(
            @Valid @ModelAttribute("startProgramme") StartProgrammeForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ProgrammeId programmeId = ProgrammeId.generate();
        boolean started = forms.record(result, () -> {
            PersonId facilitator = facilitator(authority.actor());
            authority.toFacilitateAs(facilitator);
            commands.sendAndWait(
                    new StartProgramme(programmeId, form.getName(), facilitator, form.getStartsOn(), form.getEndsOn()));
        });
        if (!started) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model);
        }
        redirect.addFlashAttribute(
                "recorded",
                messages.getMessage(
                        "programmes.recorded.started", new Object[] {form.getName()}, LocaleContextHolder.getLocale()));
        // To the programme itself: its page is folded from its history, so it shows at once.
        return "redirect:/programmes/" + programmeId.value();
    }

    private String page(Model model) {
        Actor actor = authority.actor();
        boolean facilitates = actor.has(Capacity.FACILITATOR) && actor.person().isPresent();
        model.addAttribute("facilitates", facilitates);
        model.addAttribute("rows", facilitates ? rows(actor.person().get()) : List.of());
        return "programmes/list";
    }

    private List<Row> rows(PersonId facilitator) {
        return queries
                .query(
                        new ListProgrammes(facilitator.value()),
                        ResponseTypes.multipleInstancesOf(ProgrammeSummary.class))
                .join()
                .stream()
                .map(summary -> programmes
                        .view(summary.id())
                        .map(view -> new Row(summary, view.state(), view.pairs().size()))
                        .orElseGet(() -> new Row(summary, ProgrammeView.State.STARTED, 0)))
                .toList();
    }

    private static PersonId facilitator(Actor actor) {
        return actor.person()
                .orElseThrow(
                        () -> new AccessRefused("Refused: a programme is started by a facilitator linked to a person"));
    }
}
