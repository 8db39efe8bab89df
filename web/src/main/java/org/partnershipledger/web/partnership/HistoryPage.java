package org.partnershipledger.web.partnership;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.partnership.CheckpointWitnessed;
import org.partnershipledger.core.partnership.WitnessCheckpoint;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.history.Participants;
import org.partnershipledger.query.history.PartnershipState;
import org.partnershipledger.query.verification.PartnershipVerification;
import org.partnershipledger.query.verification.PartnershipVerification.Verdict;
import org.partnershipledger.web.pages.Forms;
import org.partnershipledger.web.pages.PageController;
import org.partnershipledger.web.programme.PairTitles;
import org.partnershipledger.web.security.AccessRefused;
import org.partnershipledger.web.security.Authority;
import org.partnershipledger.web.security.Histories;
import org.partnershipledger.web.verification.CheckpointForm;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Whether a partnership's history is the history: its hash chain recomputed from the stored documents,
 * where it breaks and why, and the head every partner witnessed; a representative witnesses the head
 * shown here for their partner.
 */
@Controller
@RequestMapping("/partnerships/{id}/history")
class HistoryPage implements PageController {

    private final Histories histories;
    private final PartnershipVerification verification;
    private final Authority authority;
    private final CommandGateway commands;
    private final Forms forms;
    private final MessageSource messages;
    private final PairTitles pairTitles;

    HistoryPage(
            Histories histories,
            PartnershipVerification verification,
            Authority authority,
            CommandGateway commands,
            Forms forms,
            MessageSource messages,
            PairTitles pairTitles) {
        this.histories = histories;
        this.verification = verification;
        this.authority = authority;
        this.commands = commands;
        this.forms = forms;
        this.messages = messages;
        this.pairTitles = pairTitles;
    }

    /** A partner the signed-in person may witness for. */
    record Witnessing(String id, String name) {}

    /**
     * The head the form offers: the one another partner witnessed and not every partner has yet (so all
     * can sign off the same head, though each checkpoint moves the head on), else the current one.
     */
    record Head(String hash, long eventCount, String witnessedBy) {}

    @GetMapping
    String show(@PathVariable String id, Model model) {
        return page(id, new CheckpointForm(), model);
    }

    @PostMapping("/checkpoints")
    String witness(
            @PathVariable String id,
            @Valid @ModelAttribute("checkpoint") CheckpointForm checkpoint,
            BindingResult form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        PersonId witness = authority
                .actor()
                .person()
                .orElseThrow(() -> new AccessRefused("Refused: only a partner's representative witnesses its history"));
        boolean recorded = forms.record(form, () -> {
            PartnerId partner = new PartnerId(checkpoint.getPartner());
            authority.in(id).toWitnessFor(partner, witness);
            WitnessCheckpoint command = new WitnessCheckpoint(
                    new PartnershipId(id),
                    partner,
                    witness,
                    checkpoint.getHeadHash(),
                    checkpoint.getEventCount(),
                    checkpoint.getWitnessedOn());
            verification.requireInChain(id, checkpoint.getHeadHash(), checkpoint.getEventCount());
            commands.sendAndWait(command);
        });
        if (!recorded) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(id, checkpoint, model);
        }
        redirect.addFlashAttribute(
                "recorded",
                messages.getMessage(
                        "partnership.history.witnessed",
                        new Object[] {checkpoint.getEventCount()},
                        LocaleContextHolder.getLocale()));
        return "redirect:/partnerships/{id}/history";
    }

    private String page(String id, CheckpointForm checkpoint, Model model) {
        Histories.Reading reading = histories.readable(id);
        // What the page shows comes from the history as the reader may see it (witnesses and citizens by
        // pseudonym for a researcher); only the reader's own standing is read from the whole.
        List<HistoryEvent> seen = histories.window(reading, Optional.empty(), Optional.empty());
        Verdict verdict = verification.verify(id, seen);
        PartnershipState.View state = PartnershipState.of(seen, LocalDate.now(ZoneOffset.UTC));
        model.addAttribute("id", id);
        model.addAttribute("partnership", state);
        model.addAttribute("title", pairTitles.of(seen));
        model.addAttribute("verdict", verdict);
        model.addAttribute(
                "partnerNames",
                state.partners().stream()
                        .collect(Collectors.toMap(
                                PartnershipState.PartnerOnRecord::id, PartnershipState.PartnerOnRecord::name)));
        model.addAttribute("witnessing", verdict.chain().intact() ? witnessing(reading, state) : List.of());
        model.addAttribute("toWitness", toWitness(seen, verdict, state));
        model.addAttribute("checkpoint", checkpoint);
        return "partnership/history";
    }

    private Head toWitness(List<HistoryEvent> seen, Verdict verdict, PartnershipState.View state) {
        Optional<CheckpointWitnessed> latest = seen.stream()
                .map(HistoryEvent::event)
                .filter(CheckpointWitnessed.class::isInstance)
                .map(CheckpointWitnessed.class::cast)
                .max(Comparator.comparingLong(CheckpointWitnessed::eventCount));
        boolean everyPartnerHasIt = latest.isPresent()
                && verdict.checkpoint()
                        .filter(checkpoint ->
                                checkpoint.headHash().equals(latest.get().headHash()))
                        .isPresent();
        if (latest.isPresent()
                && !everyPartnerHasIt
                && verification.isInChain(
                        verdict.chain(), latest.get().headHash(), latest.get().eventCount())) {
            String partner = latest.get().partner().value();
            String name = state.partners().stream()
                    .filter(onRecord -> onRecord.id().equals(partner))
                    .map(PartnershipState.PartnerOnRecord::name)
                    .findFirst()
                    .orElse(partner);
            return new Head(latest.get().headHash(), latest.get().eventCount(), name);
        }
        return new Head(verdict.chain().headHash(), verdict.chain().eventCount(), null);
    }

    // The partner the person represents now, if any: they witness for it, in their own name.
    private List<Witnessing> witnessing(Histories.Reading reading, PartnershipState.View state) {
        Optional<PersonId> person = authority.actor().person();
        if (person.isEmpty()) {
            return List.of();
        }
        return Participants.of(reading.history())
                .representation(person.get())
                .map(representation -> representation.partner().value())
                .flatMap(partner -> state.partners().stream()
                        .filter(onRecord -> onRecord.id().equals(partner))
                        .findFirst())
                .map(onRecord -> List.of(new Witnessing(onRecord.id(), onRecord.name())))
                .orElse(List.of());
    }
}
