package org.partnershipledger.web.diary;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.diary.DiaryEntry;
import org.partnershipledger.core.diary.DiaryEntryId;
import org.partnershipledger.core.diary.Visibility;
import org.partnershipledger.core.partnership.ChangeDiaryEntryVisibility;
import org.partnershipledger.core.partnership.RecordDiaryEntry;
import org.partnershipledger.web.api.NotInTheFuture;
import org.partnershipledger.web.pages.Forms;
import org.partnershipledger.web.pages.PageController;
import org.partnershipledger.web.programme.PairTitles;
import org.partnershipledger.web.security.AccessRefused;
import org.partnershipledger.web.security.Authority;
import org.partnershipledger.web.security.Histories;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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
 * A representative's diary of a partnership (a pair member's too): they write entries, which stay private
 * until they share them, and share or unshare each. The page shows their own entries and those others
 * shared, from the history as the ledger redacts it for them, so nobody reads an entry not theirs to read.
 */
@Controller
class DiaryPage implements PageController {

    private final Histories histories;
    private final Authority authority;
    private final CommandGateway commands;
    private final Forms forms;
    private final MessageSource messages;
    private final PairTitles pairTitles;

    DiaryPage(
            Histories histories,
            Authority authority,
            CommandGateway commands,
            Forms forms,
            MessageSource messages,
            PairTitles pairTitles) {
        this.histories = histories;
        this.authority = authority;
        this.commands = commands;
        this.forms = forms;
        this.messages = messages;
        this.pairTitles = pairTitles;
    }

    /** An entry as written; private unless the author ticks that it is shared. */
    static class EntryForm {
        @NotBlank
        private String text;

        @NotNull
        @NotInTheFuture
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate occurredOn;

        private boolean shared;

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public LocalDate getOccurredOn() {
            return occurredOn;
        }

        public void setOccurredOn(LocalDate occurredOn) {
            this.occurredOn = occurredOn;
        }

        public boolean isShared() {
            return shared;
        }

        public void setShared(boolean shared) {
            this.shared = shared;
        }
    }

    @GetMapping("/partnerships/{id}/diary")
    String diary(@PathVariable String id, Model model) {
        EntryForm form = new EntryForm();
        form.setOccurredOn(today());
        model.addAttribute("entry", form);
        return page(id, model);
    }

    /** A guessed address of one entry leads to the diary, which shows the entry only to whom may read it. */
    @GetMapping("/partnerships/{id}/diary/{entryId}")
    String entry(@PathVariable String id, @PathVariable String entryId) {
        histories.readable(id);
        return "redirect:/partnerships/" + id + "/diary";
    }

    @PostMapping("/partnerships/{id}/diary")
    String write(
            @PathVariable String id,
            @Valid @ModelAttribute("entry") EntryForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        PersonId author = self();
        boolean written = forms.record(result, () -> {
            histories.readable(id).standing().toWriteDiaryAs(author);
            commands.sendAndWait(new RecordDiaryEntry(
                    new PartnershipId(id),
                    DiaryEntryId.generate(),
                    new DiaryEntry(
                            author,
                            form.getOccurredOn(),
                            form.getText(),
                            form.isShared() ? Visibility.SHARED : Visibility.PRIVATE)));
        });
        if (!written) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(id, model);
        }
        return recorded(id, redirect, form.isShared() ? "diary.recorded.shared" : "diary.recorded.private");
    }

    @PostMapping("/partnerships/{id}/diary/{entryId}/visibility")
    String changeVisibility(
            @PathVariable String id,
            @PathVariable String entryId,
            @RequestParam Visibility visibility,
            RedirectAttributes redirect) {
        PersonId author = self();
        histories.readable(id).standing().toWriteDiaryAs(author);
        commands.sendAndWait(new ChangeDiaryEntryVisibility(
                new PartnershipId(id), new DiaryEntryId(entryId), author, visibility, today()));
        return recorded(
                id,
                redirect,
                visibility == Visibility.SHARED ? "diary.recorded.nowShared" : "diary.recorded.nowPrivate");
    }

    private String page(String id, Model model) {
        Histories.Reading reading = histories.readable(id);
        PersonId self = self();
        reading.standing().toWriteDiaryAs(self);
        List<DiaryLines.DiaryLine> lines = DiaryLines.of(histories.window(reading, Optional.empty(), Optional.empty()));
        model.addAttribute("id", id);
        model.addAttribute(
                "partnershipName", pairTitles.of(histories.window(reading, Optional.empty(), Optional.empty())));
        model.addAttribute(
                "own",
                lines.stream()
                        .filter(line -> line.author().equals(self.value()))
                        .toList());
        model.addAttribute(
                "sharedWithMe",
                lines.stream()
                        .filter(line -> !line.author().equals(self.value()) && line.shared())
                        .toList());
        return "partnership/diary";
    }

    private PersonId self() {
        return authority
                .actor()
                .person()
                .orElseThrow(() -> new AccessRefused("writeDiary", "Refused: only a representative keeps a diary"));
    }

    private String recorded(String id, RedirectAttributes redirect, String message) {
        redirect.addFlashAttribute("recorded", messages.getMessage(message, null, LocaleContextHolder.getLocale()));
        return "redirect:/partnerships/" + id + "/diary";
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
