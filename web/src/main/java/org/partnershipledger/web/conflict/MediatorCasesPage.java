package org.partnershipledger.web.conflict;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.partnershipledger.query.conflict.ConflictView;
import org.partnershipledger.query.conflict.FindMediatedConflicts;
import org.partnershipledger.query.partnership.PartnershipSummary;
import org.partnershipledger.web.pages.PageController;
import org.partnershipledger.web.security.Authority;
import org.partnershipledger.web.security.VisiblePartnerships;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A mediator's cases across partnerships: every conflict escalated to her, open ones first, so she need not
 * look through each partnership for them.
 */
@Controller
class MediatorCasesPage implements PageController {

    static final String PATH = "/cases";

    private final Authority authority;
    private final QueryGateway queries;
    private final VisiblePartnerships partnerships;

    MediatorCasesPage(Authority authority, QueryGateway queries, VisiblePartnerships partnerships) {
        this.authority = authority;
        this.queries = queries;
        this.partnerships = partnerships;
    }

    /** A case and the partnership it arose in. */
    record Case(ConflictRecords.Conflict conflict, String partnershipName) {}

    @GetMapping(PATH)
    String cases(Model model) {
        model.addAttribute("cases", cases());
        return "conflicts/cases";
    }

    /** The signed-in person's cases; none for a user who is no person, a researcher included. */
    List<Case> cases() {
        return authority
                .actor()
                .person()
                .map(person -> {
                    List<ConflictView> views = queries.query(
                                    new FindMediatedConflicts(person.value()),
                                    ResponseTypes.multipleInstancesOf(ConflictView.class))
                            .join();
                    if (views.isEmpty()) {
                        return List.<Case>of();
                    }
                    Map<String, String> names = partnerships.visible().stream()
                            .collect(Collectors.toMap(PartnershipSummary::id, PartnershipSummary::name, (a, b) -> a));
                    LocalDate today = LocalDate.now(ZoneOffset.UTC);
                    return views.stream()
                            .map(view -> new Case(
                                    ConflictRecords.Conflict.of(view, today),
                                    names.getOrDefault(view.partnershipId(), view.partnershipId())))
                            .sorted(Comparator.comparing(
                                            (Case shown) -> !shown.conflict().open())
                                    .thenComparing(
                                            shown -> shown.conflict().view().raisedOn(), Comparator.reverseOrder()))
                            .toList();
                })
                .orElse(List.of());
    }
}
