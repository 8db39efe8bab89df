package org.partnershipledger.web.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.store.ChainVerification;
import org.partnershipledger.query.export.ConflictsCsv;
import org.partnershipledger.query.export.DataCard;
import org.partnershipledger.query.export.DecisionsCsv;
import org.partnershipledger.query.export.EventsJsonLines;
import org.partnershipledger.query.export.ExportedPartnership;
import org.partnershipledger.query.export.OcelLog;
import org.partnershipledger.query.export.XesLog;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.partnership.PartnershipSummary;
import org.partnershipledger.query.phase.PhaseModel;
import org.partnershipledger.query.phase.PhaseModels;
import org.partnershipledger.query.verification.PartnershipVerification;
import org.partnershipledger.web.partnership.PartnershipController;
import org.partnershipledger.web.persons.PersonNames;
import org.partnershipledger.web.security.Histories;
import org.partnershipledger.web.security.VisiblePartnerships;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exports for researchers' own tools, each a ZIP of the export and its data card. Every export is taken
 * from the history as the reader may see it (researchers: pseudonymised, free text only once opened to
 * research), with the chain head it was taken from.
 */
@RestController
public class ExportController {

    private final Histories histories;
    private final PartnershipVerification verification;
    private final VisiblePartnerships visible;
    private final PersonNames names;

    ExportController(
            Histories histories, PartnershipVerification verification, VisiblePartnerships visible, PersonNames names) {
        this.histories = histories;
        this.verification = verification;
        this.visible = visible;
        this.names = names;
    }

    @GetMapping(PartnershipController.PATH + "/{partnershipId}/exports/events")
    void events(@PathVariable("partnershipId") String id, HttpServletResponse response) throws IOException {
        ExportedPartnership taken = take(id);
        PersonNames.Known known = names.of(taken.history().stream()
                .flatMap(event -> PartnershipController.persons(event).stream())
                .toList());
        single(
                response,
                taken,
                "events",
                DataCard.of(
                        "JSON Lines",
                        "events.jsonl",
                        "every event of the partnership the reader may see, one JSON object per line in the order"
                                + " recorded: sequence, type, occurredOn, recordedAt and the event as stored"
                                + (known == PersonNames.Known.NONE
                                        ? ""
                                        : ", and names: each person the event names by id, by name"),
                        List.of(taken),
                        null,
                        Instant.now()),
                out -> EventsJsonLines.write(
                        taken.history(), event -> known.of(PartnershipController.persons(event)), out));
    }

    @GetMapping(PartnershipController.PATH + "/{partnershipId}/exports/decisions")
    void decisions(@PathVariable("partnershipId") String id, HttpServletResponse response) throws IOException {
        ExportedPartnership taken = take(id);
        single(
                response,
                taken,
                "decisions",
                DataCard.of(
                        "CSV (RFC 4180)",
                        "decisions.csv",
                        "one row per proposal: meeting, day put, proposing partner, each partner's stance, outcome"
                                + " and day decided",
                        List.of(taken),
                        null,
                        Instant.now()),
                out -> text(out, writer -> DecisionsCsv.write(taken.history(), writer)));
    }

    @GetMapping(PartnershipController.PATH + "/{partnershipId}/exports/conflicts")
    void conflicts(@PathVariable("partnershipId") String id, HttpServletResponse response) throws IOException {
        ExportedPartnership taken = take(id);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        single(
                response,
                taken,
                "conflicts",
                DataCard.of(
                        "CSV (RFC 4180)",
                        "conflicts.csv",
                        "one row per conflict: category, raising partner, days raised, escalated and closed, days"
                                + " open (an open conflict to the export's day) and mediation sessions; no free text",
                        List.of(taken),
                        null,
                        Instant.now()),
                out -> text(out, writer -> ConflictsCsv.write(id, taken.history(), today, writer)));
    }

    @GetMapping("/api/exports/xes")
    void xes(
            @RequestParam Optional<List<String>> partnership,
            @RequestParam Optional<String> model,
            HttpServletResponse response)
            throws IOException {
        PhaseModel phaseModel = phaseModel(model);
        Instant at = Instant.now();
        ExportedPartnerships taken = readable(partnership);
        String file = "partnerships.xes";
        ExportArchive.download(
                response, "partnerships-xes.zip", file, out -> XesLog.write(taken, phaseModel, out), () -> taken.card()
                        .card(
                                "XES (IEEE 1849-2016)",
                                file,
                                "one trace per partnership, its events in domain order with activity (concept:name),"
                                        + " domain date (time:timestamp), the person who acted (org:resource, a"
                                        + " pseudonym for researchers), partner (org:group), capacity (org:role),"
                                        + " lifecycle transition and phase",
                                phaseModel.name(),
                                at));
    }

    @GetMapping("/api/exports/ocel")
    void ocel(
            @RequestParam Optional<List<String>> partnership,
            @RequestParam Optional<String> model,
            HttpServletResponse response)
            throws IOException {
        PhaseModel phaseModel = phaseModel(model);
        Instant at = Instant.now();
        ExportedPartnerships taken = readable(partnership);
        String file = "partnerships.jsonocel";
        ExportArchive.download(
                response,
                "partnerships-ocel.zip",
                file,
                out -> OcelLog.write(taken, phaseModel, out),
                () -> taken.card()
                        .card(
                                "OCEL 2.0 (JSON)",
                                file,
                                "objects (partnerships, partner organisations, persons, agreement versions, meetings,"
                                        + " decisions, conflicts) and the events related to them by qualifiers, with"
                                        + " each event's phase",
                                phaseModel.name(),
                                at));
    }

    /** An export of one partnership, taken (and so refused or not found) before anything is sent. */
    private static void single(
            HttpServletResponse response,
            ExportedPartnership taken,
            String what,
            DataCard card,
            Consumer<OutputStream> export)
            throws IOException {
        ExportArchive.download(
                response,
                "partnership-" + taken.partnershipId() + "-" + what + ".zip",
                card.file(),
                export,
                () -> card);
    }

    /** One partnership the reader asked for by id: refused (403) or unknown (404) as every read. */
    private ExportedPartnership take(String id) {
        Histories.Reading reading = histories.readable(id);
        List<HistoryEvent> history = histories.window(reading, Optional.empty(), Optional.empty());
        return new ExportedPartnership(id, history, reading.standing().reader(), head(id, history));
    }

    /** The head of the partnership's chain, as its verification reports it. */
    private ExportedPartnership.ChainHead head(String id, List<HistoryEvent> history) {
        ChainVerification.Report chain = verification.verify(id, history).chain();
        // The intact part's length, as /verification reports it, so the two can be compared.
        long eventCount =
                chain.firstBreak().map(ChainVerification.Break::sequenceNumber).orElse(chain.eventCount());
        return new ExportedPartnership.ChainHead(chain.headHash(), eventCount, chain.intact());
    }

    /**
     * The partnerships asked for, or all the reader may list, each read only when the export comes to it;
     * those they may not read are left out.
     */
    private ExportedPartnerships readable(Optional<List<String>> asked) {
        List<String> ids = asked.filter(list -> !list.isEmpty())
                .orElseGet(() ->
                        visible.visible().stream().map(PartnershipSummary::id).toList());
        return new ExportedPartnerships(ids.stream().distinct().toList(), histories, this::head);
    }

    private static PhaseModel phaseModel(Optional<String> model) {
        return model.map(name -> PhaseModels.byName(name)
                        .orElseThrow(
                                () -> new InvalidValueException("model", "expected one of " + PhaseModels.names())))
                .orElseGet(PhaseModels::firo);
    }

    private static void text(OutputStream out, Consumer<Writer> export) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        export.accept(writer);
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
