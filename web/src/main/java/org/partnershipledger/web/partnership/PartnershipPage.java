package org.partnershipledger.web.partnership;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.history.PartnershipState;
import org.partnershipledger.web.pages.PageController;
import org.partnershipledger.web.programme.PairPlaces;
import org.partnershipledger.web.programme.PairTitles;
import org.partnershipledger.web.security.AccessRefused;
import org.partnershipledger.web.security.Authority;
import org.partnershipledger.web.security.Histories;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A partnership as it stands today: its partners and their people, the agreement in force and every
 * version with its signatures, the notices given, and the latest meetings.
 */
@Controller
class PartnershipPage implements PageController {

    private static final int MEETINGS_SHOWN = 5;

    /** The state a pair's partnership shows once its programme's wrap-up evaluation is held. */
    static final String PAIR_ENDED = "PAIR_ENDED";

    private final Histories histories;
    private final Authority authority;
    private final PairTitles pairTitles;
    private final PairPlaces pairPlaces;

    PartnershipPage(Histories histories, Authority authority, PairTitles pairTitles, PairPlaces pairPlaces) {
        this.histories = histories;
        this.authority = authority;
        this.pairTitles = pairTitles;
        this.pairPlaces = pairPlaces;
    }

    /** A partner on the page, with the people who represent it now. */
    record PartnerRow(
            PartnershipState.PartnerOnRecord partner, List<PartnershipRecord.Representative> representatives) {}

    @GetMapping("/partnerships/{id}")
    String show(@PathVariable String id, Model model) {
        // The same fold the API answers with, over the history as this reader may see it.
        Histories.Reading reading = histories.readable(id);
        List<HistoryEvent> history = histories.window(reading, Optional.empty(), Optional.empty());
        model.addAttribute("keepsDiary", keepsDiary(reading));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        PartnershipState.View state = PartnershipState.of(history, today);
        PartnershipRecord record = PartnershipRecord.of(history);
        model.addAttribute("id", id);
        model.addAttribute("partnership", state);
        // A pair's partnership ends with its programme, as the programme's history says.
        LocalDate pairEndedOn = "ACTIVE".equals(state.state()) && pairTitles.isPair(history)
                ? pairPlaces.of(id).map(place -> place.endedOn(today)).orElse(null)
                : null;
        model.addAttribute("shownState", pairEndedOn != null ? PAIR_ENDED : state.state());
        model.addAttribute("endedOn", pairEndedOn != null ? pairEndedOn : state.endedOn());
        model.addAttribute(
                "title",
                pairTitles.of(
                        state.name(),
                        state.partners().stream()
                                .map(PartnershipState.PartnerOnRecord::id)
                                .toList(),
                        history));
        model.addAttribute(
                "partners",
                state.partners().stream()
                        .map(partner -> new PartnerRow(partner, record.representativesOf(partner.id())))
                        .toList());
        model.addAttribute(
                "inForce",
                state.agreementVersionInForce() == null
                        ? null
                        : record.version(state.agreementVersionInForce()).orElse(null));
        model.addAttribute("versions", record.newestFirst());
        model.addAttribute("formerPartners", state.formerPartners());
        superseded(record, model);
        model.addAttribute(
                "notices",
                state.partners().stream()
                        .filter(partner -> partner.leavesOn() != null)
                        .toList());
        model.addAttribute("meetings", record.latestMeetings(MEETINGS_SHOWN));
        // Only the acts this reader may take here, and none in a partnership that has ended.
        boolean ended = !"ACTIVE".equals(state.state()) || pairEndedOn != null;
        model.addAttribute("recordsMeetings", !ended && recordsMeetings(reading));
        model.addAttribute(
                "proposes", !ended && !reading.standing().reader().represents().isEmpty());
        return "partnership/show";
    }

    /**
     * What became of versions no longer in force: one that took effect is superseded on the day a later one
     * took effect; one that never took effect is passed over once a later one did.
     */
    private static void superseded(PartnershipRecord record, Model model) {
        Map<Integer, LocalDate> supersededOn = new HashMap<>();
        Set<Integer> passedOver = new HashSet<>();
        List<PartnershipRecord.Version> versions = record.versions();
        for (PartnershipRecord.Version version : versions) {
            versions.stream()
                    .filter(later -> later.number() > version.number() && later.tookEffectOn() != null)
                    .map(PartnershipRecord.Version::tookEffectOn)
                    .min(Comparator.naturalOrder())
                    .ifPresent(on -> {
                        if (version.tookEffectOn() != null) {
                            supersededOn.put(version.number(), on);
                        } else {
                            passedOver.add(version.number());
                        }
                    });
        }
        model.addAttribute("supersededOn", supersededOn);
        model.addAttribute("passedOver", passedOver);
    }

    private static boolean recordsMeetings(Histories.Reading reading) {
        try {
            reading.standing().toRecordMeetings();
            return true;
        } catch (AccessRefused notTheSecretaryOrSteeringGroup) {
            return false;
        }
    }

    /** A representative keeps a diary of the partnership; the page leads them to it. */
    private boolean keepsDiary(Histories.Reading reading) {
        return authority
                .actor()
                .person()
                .map(self -> {
                    try {
                        reading.standing().toWriteDiaryAs(self);
                        return true;
                    } catch (AccessRefused notARepresentative) {
                        return false;
                    }
                })
                .orElse(false);
    }
}
