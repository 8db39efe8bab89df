package org.partnershipledger.web.conflict;

import org.partnershipledger.query.conflict.ConflictHistory;
import org.partnershipledger.web.pages.PageController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A partnership's conflict record for its mediator and partners: each conflict, its state and its age. */
@Controller
class ConflictListPage implements PageController {

    private final ConflictRecords records;

    ConflictListPage(ConflictRecords records) {
        this.records = records;
    }

    @GetMapping("/partnerships/{id}/conflicts")
    String list(@PathVariable String id, Model model) {
        ConflictRecords.Partnership partnership = records.read(id);
        model.addAttribute("partnership", partnership);
        model.addAttribute(
                "summary",
                ConflictHistory.summary(
                        id,
                        partnership.conflicts().stream()
                                .map(ConflictRecords.Conflict::view)
                                .toList()));
        model.addAttribute(
                "openConflicts",
                partnership.conflicts().stream()
                        .filter(ConflictRecords.Conflict::open)
                        .count());
        // Only a partner's representative raises a conflict, for the partner they represent.
        model.addAttribute(
                "mayRaise", !partnership.standing().reader().represents().isEmpty());
        return "conflicts/list";
    }
}
