package org.partnershipledger.web.agreement;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.agreement.ContentHash;
import org.partnershipledger.core.partnership.DocumentKind;
import org.partnershipledger.core.partnership.OutsideRecord;
import org.partnershipledger.core.partnership.Partners;
import org.partnershipledger.core.partnership.Role;
import org.partnershipledger.core.partnership.SignAgreement;
import org.partnershipledger.query.history.Participants;
import org.partnershipledger.query.history.PartnershipState;
import org.partnershipledger.web.meeting.OnBehalfForms;
import org.partnershipledger.web.meeting.Steering;
import org.partnershipledger.web.pages.Forms;
import org.partnershipledger.web.pages.PageController;
import org.partnershipledger.web.partnership.PartnershipRecord;
import org.partnershipledger.web.persons.PeopleNames;
import org.partnershipledger.web.security.AccessRefused;
import org.partnershipledger.web.security.Authority;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One agreement version in full, section by section, with its content hash and its signatures; a
 * signatory signs it here, naming the hash the page showed.
 */
@Controller
@RequestMapping("/partnerships/{id}/agreement/versions/{number}")
class AgreementVersionPage implements PageController {

    /** The ledger's refusals that mean the page showed a text that is no longer the one to sign. */
    private static final List<String> STALE = List.of("rule.version-superseded", "rule.content-hash-mismatch");

    private final AgreementReading agreements;
    private final Authority authority;
    private final CommandGateway commands;
    private final Forms forms;
    private final MessageSource messages;
    private final PeopleNames names;

    AgreementVersionPage(
            AgreementReading agreements,
            Authority authority,
            CommandGateway commands,
            Forms forms,
            MessageSource messages,
            PeopleNames names) {
        this.agreements = agreements;
        this.authority = authority;
        this.commands = commands;
        this.forms = forms;
        this.messages = messages;
        this.names = names;
    }

    /** A partner the signed-in person may sign for. */
    record Signer(String id, String name) {}

    @GetMapping
    String show(@PathVariable String id, @PathVariable int number, Model model) {
        SignatureForm sign = new SignatureForm();
        AgreementReading.Agreement agreement = agreements.of(id);
        sign.setContentHash(agreement.version(number).hash());
        return page(agreement, number, sign, false, model);
    }

    @PostMapping("/signatures")
    String sign(
            @PathVariable String id,
            @PathVariable int number,
            @Valid @ModelAttribute("sign") SignatureForm sign,
            BindingResult form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        PersonId signatory = authority
                .actor()
                .person()
                .orElseThrow(() -> new AccessRefused("Refused: only a signatory of a partner signs for it"));
        agreements.of(id); // a partnership the person may not read, or that does not exist, is refused first
        boolean recorded = forms.record(form, () -> {
            PartnerId partner = new PartnerId(sign.getPartner());
            authority.in(id).toSignFor(partner, signatory);
            commands.sendAndWait(new SignAgreement(
                    new PartnershipId(id),
                    partner,
                    number,
                    new ContentHash(sign.getContentHash()),
                    signatory,
                    sign.getSignedOn()));
        });
        AgreementReading.Agreement agreement = agreements.of(id);
        if (!recorded) {
            boolean stale =
                    form.getGlobalErrors().stream().map(ObjectError::getCode).anyMatch(STALE::contains);
            model.addAttribute("stale", stale);
            model.addAttribute(
                    "hashMismatch",
                    form.getGlobalErrors().stream()
                            .map(ObjectError::getCode)
                            .anyMatch("rule.content-hash-mismatch"::equals));
            response.setStatus((stale ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST).value());
            return page(agreement, number, sign, !stale, model);
        }
        redirect.addFlashAttribute(
                "recorded",
                messages.getMessage(
                                "partnership.sign.recorded",
                                new Object[] {agreement.record().nameOf(sign.getPartner()), number},
                                LocaleContextHolder.getLocale())
                        + " " + stillToSign(agreement, number));
        return "redirect:/partnerships/{id}/agreement/versions/{number}";
    }

    /**
     * The secretary (or a facilitator) records a signature given on paper, naming the document and the
     * signatory, who must have been the partner's signatory on the paper's date.
     */
    @PostMapping("/recorded-signatures")
    String recordSignature(
            @PathVariable String id,
            @PathVariable int number,
            @Valid @ModelAttribute("recordedSign") OnBehalfForms.RecordedSignature form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        AgreementReading.Agreement agreement = agreements.of(id);
        boolean recorded = forms.record(result, () -> {
            PersonId recorder = agreement.reading().standing().toRecordOnBehalf();
            commands.sendAndWait(new SignAgreement(
                    new PartnershipId(id),
                    new PartnerId(form.partner()),
                    number,
                    new ContentHash(form.getContentHash()),
                    new PersonId(form.person()),
                    form.getDate(),
                    new OutsideRecord(recorder, form.getKind(), form.getDate(), form.getReference())));
        });
        if (!recorded) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            SignatureForm sign = new SignatureForm();
            sign.setContentHash(agreement.version(number).hash());
            model.addAttribute("keepRecordedSign", true);
            return page(agreement, number, sign, false, model);
        }
        redirect.addFlashAttribute(
                "recorded",
                messages.getMessage(
                                "partnership.sign.recordedOnBehalf",
                                new Object[] {agreements.of(id).record().nameOf(form.partner()), number},
                                LocaleContextHolder.getLocale())
                        + " " + stillToSign(agreements.of(id), number));
        return "redirect:/partnerships/{id}/agreement/versions/{number}";
    }

    /** What the version waits for now: the partners whose signature is missing, or that it is in force. */
    private String stillToSign(AgreementReading.Agreement agreement, int number) {
        PartnershipRecord.Version version = agreement.version(number);
        Set<String> signed = version.signatures().stream()
                .map(PartnershipRecord.Signature::partner)
                .collect(Collectors.toSet());
        List<String> missing = agreement.state().partners().stream()
                .filter(partner -> !signed.contains(partner.id()))
                .map(PartnershipState.PartnerOnRecord::name)
                .toList();
        Locale locale = LocaleContextHolder.getLocale();
        if (missing.isEmpty()) {
            return version.tookEffectOn() != null
                    ? messages.getMessage("partnership.sign.inForce", new Object[] {number}, locale)
                    : "";
        }
        return messages.getMessage("partnership.sign.missing", new Object[] {String.join(", ", missing)}, locale);
    }

    /** {@code keepForm}: the form goes back with its errors even if the person can no longer sign here. */
    private String page(
            AgreementReading.Agreement agreement, int number, SignatureForm sign, boolean keepForm, Model model) {
        PartnershipRecord.Version version = agreement.version(number);
        Integer inForce = agreement.state().agreementVersionInForce();
        model.addAttribute("id", agreement.id());
        model.addAttribute("name", agreement.title());
        model.addAttribute("version", version);
        model.addAttribute("sections", agreements.sections(agreement, version));
        model.addAttribute("latest", agreement.latestNumber());
        model.addAttribute("inForce", inForce);
        // Only the latest version, or the one in force, can still be signed (the ledger's rule too).
        boolean signable =
                number == agreement.latestNumber() || Integer.valueOf(number).equals(inForce);
        List<Signer> signers = signable ? signers(agreement, version) : List.of();
        model.addAttribute("signers", signers);
        model.addAttribute("showSign", keepForm || !signers.isEmpty());
        model.addAttribute("sign", sign);
        List<Steering.Giver> paperSigners = signable && mayRecordOnBehalf(agreement)
                ? Steering.of(agreement.reading().history(), names.byPerson()).everRepresented(Role.SIGNATORY).stream()
                        .filter(giver -> version.signatures().stream()
                                .noneMatch(signature -> signature.partner().equals(giver.partner())))
                        .toList()
                : List.of();
        model.addAttribute("paperSigners", paperSigners);
        model.addAttribute("showRecordedSign", model.containsAttribute("keepRecordedSign") || !paperSigners.isEmpty());
        model.addAttribute(
                "signatureDocuments", List.of(DocumentKind.PAPER_CONTRACT, DocumentKind.LETTER, DocumentKind.E_MAIL));
        if (!model.containsAttribute("recordedSign")) {
            OnBehalfForms.RecordedSignature blank = new OnBehalfForms.RecordedSignature();
            blank.setContentHash(version.hash());
            model.addAttribute("recordedSign", blank);
        }
        return "partnership/version";
    }

    // The form shows only where it can succeed; the check that counts is made when it is sent.
    private static boolean mayRecordOnBehalf(AgreementReading.Agreement agreement) {
        try {
            agreement.reading().standing().toRecordOnBehalf();
            return true;
        } catch (AccessRefused refused) {
            return false;
        }
    }

    // The partners the person signs for and that have not signed this version yet.
    private List<Signer> signers(AgreementReading.Agreement agreement, PartnershipRecord.Version version) {
        Optional<PersonId> person = authority.actor().person();
        if (person.isEmpty()) {
            return List.of();
        }
        Participants participants = Participants.of(agreement.reading().history());
        return participants
                .representation(person.get())
                .filter(representation -> representation.roles().contains(Role.SIGNATORY))
                .map(Partners.Representation::partner)
                .filter(partner -> version.signatures().stream()
                        .noneMatch(signature -> signature.partner().equals(partner.value())))
                .map(partner ->
                        List.of(new Signer(partner.value(), agreement.record().nameOf(partner.value()))))
                .orElse(List.of());
    }
}
