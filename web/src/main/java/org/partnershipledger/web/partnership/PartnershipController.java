package org.partnershipledger.web.partnership;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.RuleViolation;
import org.partnershipledger.query.conflict.ConflictHistory;
import org.partnershipledger.query.conflict.ConflictView;
import org.partnershipledger.query.disclosure.Redaction;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.history.PartnershipState;
import org.partnershipledger.query.history.Representatives;
import org.partnershipledger.query.partnership.PartnershipSummary;
import org.partnershipledger.query.phase.PhaseInterval;
import org.partnershipledger.query.phase.PhaseModels;
import org.partnershipledger.web.persons.PersonNames;
import org.partnershipledger.web.persons.PersonsNamed;
import org.partnershipledger.web.security.Authority;
import org.partnershipledger.web.security.Histories;
import org.partnershipledger.web.security.PartnershipNotFoundException;
import org.partnershipledger.web.security.VisiblePartnerships;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping(PartnershipController.PATH)
public class PartnershipController {

    public static final String PATH = "/api/partnerships";

    private final CommandGateway commands;
    private final Histories histories;
    private final Authority authority;
    private final VisiblePartnerships partnerships;
    private final RepresentativeViews representatives;
    private final PersonNames names;

    PartnershipController(
            CommandGateway commands,
            Histories histories,
            Authority authority,
            VisiblePartnerships partnerships,
            RepresentativeViews representatives,
            PersonNames names) {
        this.representatives = representatives;
        this.names = names;
        this.commands = commands;
        this.histories = histories;
        this.authority = authority;
        this.partnerships = partnerships;
    }

    /** The summary is built asynchronously, so the answer points at it rather than containing it. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PartnershipReference> form(@Valid @RequestBody FormPartnershipRequest request) {
        authority.toFacilitate();
        PartnershipId partnershipId = PartnershipId.generate();
        commands.sendAndWait(request.toCommand(partnershipId));
        URI location = UriComponentsBuilder.fromPath(PATH + "/{id}")
                .buildAndExpand(partnershipId.value())
                .toUri();
        return ResponseEntity.created(location).body(new PartnershipReference(partnershipId.value()));
    }

    /**
     * The partnership as it was on a domain date ({@code asOf}, default today), as far as the ledger had
     * been told by a record time ({@code knownAt}, default now).
     */
    @GetMapping("/{partnershipId}")
    PartnershipOnDate find(
            @PathVariable("partnershipId") String id,
            @RequestParam Optional<LocalDate> asOf,
            @RequestParam Optional<Instant> knownAt) {
        List<HistoryEvent> history = histories.window(id, asOf, knownAt);
        if (history.isEmpty()) {
            throw new PartnershipNotFoundException(id); // nothing had happened yet on that date
        }
        LocalDate on = asOf.orElseGet(() -> LocalDate.now(ZoneOffset.UTC));
        List<PhaseInterval> phases = PhaseModels.firo().timeline(history).intervals();
        PartnershipState.View state = PartnershipState.of(history, on);
        return new PartnershipOnDate(
                state,
                representatives.of(
                        history,
                        state.partners().stream()
                                .map(PartnershipState.PartnerOnRecord::id)
                                .collect(java.util.stream.Collectors.toSet())),
                ConflictHistory.of(id, history).stream()
                        .filter(conflict -> conflict.daysToClose() == null)
                        .map(ConflictView::conflictId)
                        .toList(),
                phases.isEmpty() ? null : phases.get(phases.size() - 1).phase());
    }

    /** Who the partners were, the agreement in force, the open conflicts and the phase (FIRO) on a date. */
    record PartnershipOnDate(
            @JsonUnwrapped PartnershipState.View partnership,
            List<RepresentativeViews.RepresentativeView> representatives,
            List<String> openConflicts,
            String phase) {}

    /** The raw history, page by page, in the order it was recorded. */
    @GetMapping("/{partnershipId}/events")
    EventPage events(
            @PathVariable("partnershipId") String id,
            @RequestParam(defaultValue = "0") @Min(0) int from,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
            @RequestParam Optional<LocalDate> asOf,
            @RequestParam Optional<Instant> knownAt) {
        Redaction.Page window = histories.page(id, asOf, knownAt, from, limit);
        List<HistoryEvent> events = window.events();
        PersonNames.Known known = names.of(
                events.stream().flatMap(event -> persons(event).stream()).toList());
        List<RecordedEvent> page = events.stream()
                .map(event -> new RecordedEvent(
                        event.sequence(),
                        event.type(),
                        event.occurredOn(),
                        event.recordedAt(),
                        event.event(),
                        known.of(persons(event))))
                .toList();
        Integer next = from + page.size() < window.total() ? from + page.size() : null;
        return new EventPage(window.total(), page, next);
    }

    record RecordedEvent(
            long sequence,
            String type,
            LocalDate occurredOn,
            Instant recordedAt,
            Object event,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = PersonNames.DESCRIPTION)
                    Map<String, String> names) {}

    /** Every person the event names, wherever in it (a representative, an attendee, a signatory, a mediator). */
    public static List<String> persons(HistoryEvent event) {
        return PersonsNamed.in(List.of(event.event())).stream()
                .map(PersonId::value)
                .toList();
    }

    /** {@code next} is the {@code from} of the following page, absent on the last. */
    record EventPage(int total, List<RecordedEvent> events, Integer next) {}

    /**
     * A partner as the partnership has it on record: when it joined, the day its notice takes effect if it
     * gave notice, and who represents it now (with their roles and since when).
     */
    record PartnerRecord(
            String id,
            String name,
            String sector,
            LocalDate joinedOn,
            LocalDate leavesOn,
            List<Representatives.RepresentativeRecord> representatives,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = PersonNames.DESCRIPTION)
                    Map<String, String> names) {}

    /** A partner, current or former, where admitting it points. */
    @GetMapping("/{partnershipId}/partners/{partner}")
    PartnerRecord partner(
            @PathVariable("partnershipId") String id,
            @PathVariable String partner,
            @RequestParam Optional<LocalDate> asOf,
            @RequestParam Optional<Instant> knownAt) {
        List<HistoryEvent> history = histories.window(id, asOf, knownAt);
        PartnershipState.View state = PartnershipState.of(history, asOf.orElseGet(() -> LocalDate.now(ZoneOffset.UTC)));
        PartnershipState.PartnerOnRecord found = Stream.concat(
                        state.partners().stream(), state.formerPartners().stream())
                .filter(onRecord -> onRecord.id().equals(partner))
                .findFirst()
                .orElseThrow(() -> new UnknownPartner(partner));
        List<Representatives.RepresentativeRecord> representing = Representatives.of(history).stream()
                .filter(record -> record.current() && record.partner().equals(partner))
                .toList();
        List<String> persons = representing.stream()
                .map(Representatives.RepresentativeRecord::person)
                .toList();
        return new PartnerRecord(
                found.id(),
                found.name(),
                found.sector(),
                found.joinedOn(),
                found.leavesOn(),
                representing,
                names.of(persons).of(persons));
    }

    static final class UnknownPartner extends RuleViolation {
        UnknownPartner(String partner) {
            super("partner-unknown", Kind.UNKNOWN, "No partner " + partner + " is recorded in this partnership");
        }
    }

    @GetMapping
    List<PartnershipSummary> list() {
        return partnerships.visible();
    }
}
