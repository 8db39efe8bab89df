package org.partnershipledger.web.partnership;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.partnership.PartnerSummary;
import org.partnershipledger.query.partnership.PartnershipSummary;
import org.partnershipledger.query.phase.PhaseInterval;
import org.partnershipledger.query.phase.PhaseModels;
import org.partnershipledger.web.pages.PageController;
import org.partnershipledger.web.programme.PairPlaces;
import org.partnershipledger.web.programme.PairTitles;
import org.partnershipledger.web.security.AccessRefused;
import org.partnershipledger.web.security.Histories;
import org.partnershipledger.web.security.VisiblePartnerships;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Every partnership the person may see, with its state, its phase (FIRO), its partners and last activity. */
@Controller
class PartnershipListPage implements PageController {

    private final VisiblePartnerships partnerships;
    private final Histories histories;
    private final PairTitles pairTitles;
    private final PairPlaces pairPlaces;

    PartnershipListPage(
            VisiblePartnerships partnerships, Histories histories, PairTitles pairTitles, PairPlaces pairPlaces) {
        this.partnerships = partnerships;
        this.histories = histories;
        this.pairTitles = pairTitles;
        this.pairPlaces = pairPlaces;
    }

    /**
     * A row of the list; phase and last activity are absent for partnerships the person may not read; the
     * title is the name, or a pair's persons by name.
     */
    record Row(PartnershipSummary partnership, String phase, LocalDate lastActivity, String title, String state) {}

    @GetMapping("/partnerships")
    String list(Model model) {
        List<Row> rows = partnerships.visible().stream().map(this::row).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("today", LocalDate.now(ZoneOffset.UTC));
        return "partnerships/list";
    }

    // Phase and last activity come from the history as this reader may see it.
    private Row row(PartnershipSummary summary) {
        try {
            List<HistoryEvent> history = histories.window(summary.id(), Optional.empty(), Optional.empty());
            List<PhaseInterval> phases = PhaseModels.firo().timeline(history).intervals();
            LocalDate last = history.stream()
                    .map(HistoryEvent::occurredOn)
                    .max(Comparator.naturalOrder())
                    .orElse(null);
            String title = pairTitles.of(
                    summary.name(),
                    summary.partners().stream().map(PartnerSummary::id).toList(),
                    history);
            return new Row(
                    summary,
                    phases.isEmpty() ? null : phases.get(phases.size() - 1).phase(),
                    last,
                    title,
                    state(summary, history));
        } catch (AccessRefused notReadable) {
            return new Row(summary, null, null, summary.name(), summary.state());
        }
    }

    // A pair's partnership ends with its programme's wrap-up evaluation, as the programme's history says.
    private String state(PartnershipSummary summary, List<HistoryEvent> history) {
        if (!"ACTIVE".equals(summary.state()) || !pairTitles.isPair(history)) {
            return summary.state();
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return pairPlaces
                .of(summary.id())
                .filter(place -> place.endedOn(today) != null)
                .map(place -> PartnershipPage.PAIR_ENDED)
                .orElse(summary.state());
    }
}
