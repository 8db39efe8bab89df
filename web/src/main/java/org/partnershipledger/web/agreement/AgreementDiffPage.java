package org.partnershipledger.web.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnershipledger.web.pages.PageController;
import org.partnershipledger.web.partnership.PartnershipRecord;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Two agreement versions compared section by section, the changed words marked. */
@Controller
class AgreementDiffPage implements PageController {

    private final AgreementReading agreements;

    AgreementDiffPage(AgreementReading agreements) {
        this.agreements = agreements;
    }

    record FieldChange(String key, List<WordDiff.Piece> pieces, boolean changed) {}

    record SectionChange(String key, List<FieldChange> fields, boolean changed) {}

    /** Without versions named, the latest against the one before it. */
    @GetMapping("/partnerships/{id}/agreement/diff")
    String compare(
            @PathVariable String id,
            @RequestParam Optional<Integer> from,
            @RequestParam Optional<Integer> to,
            Model model) {
        AgreementReading.Agreement agreement = agreements.of(id);
        int latest = agreement.latestNumber();
        int after = to.orElse(latest);
        int before = from.orElse(Math.max(1, after - 1));
        PartnershipRecord.Version older = agreement.version(before);
        PartnershipRecord.Version newer = agreement.version(after);
        model.addAttribute("id", id);
        model.addAttribute("name", agreement.title());
        model.addAttribute("versions", agreement.record().versions());
        model.addAttribute("from", older);
        model.addAttribute("to", newer);
        model.addAttribute(
                "sections", changes(agreements.sections(agreement, older), agreements.sections(agreement, newer)));
        return "partnership/diff";
    }

    // Both versions have the same sections and fields in the same order: the template fixes them.
    private static List<SectionChange> changes(
            List<AgreementSections.Section> older, List<AgreementSections.Section> newer) {
        List<SectionChange> sections = new ArrayList<>();
        for (int s = 0; s < newer.size(); s++) {
            List<FieldChange> fields = new ArrayList<>();
            for (int f = 0; f < newer.get(s).fields().size(); f++) {
                AgreementSections.Field field = newer.get(s).fields().get(f);
                List<WordDiff.Piece> pieces =
                        WordDiff.between(older.get(s).fields().get(f).text(), field.text());
                fields.add(new FieldChange(field.key(), pieces, WordDiff.changed(pieces)));
            }
            sections.add(new SectionChange(
                    newer.get(s).key(), fields, fields.stream().anyMatch(FieldChange::changed)));
        }
        return sections;
    }
}
