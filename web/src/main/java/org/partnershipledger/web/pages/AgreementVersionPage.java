package org.partnershipledger.web.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** One agreement version in full, section by section, with its content hash and its signatures. */
@Controller
@RequestMapping("/partnerships/{id}/agreement/versions/{number}")
class AgreementVersionPage {

    private final AgreementReading agreements;

    AgreementVersionPage(AgreementReading agreements) {
        this.agreements = agreements;
    }

    @GetMapping
    String show(@PathVariable String id, @PathVariable int number, Model model) {
        AgreementReading.Agreement agreement = agreements.of(id);
        PartnershipRecord.Version version = agreement.version(number);
        model.addAttribute("id", id);
        model.addAttribute("name", agreement.record().name());
        model.addAttribute("version", version);
        model.addAttribute("sections", agreements.sections(agreement, version));
        model.addAttribute("latest", agreement.latestNumber());
        model.addAttribute("inForce", agreement.state().agreementVersionInForce());
        return "partnership/version";
    }
}
