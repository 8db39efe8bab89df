package org.partnershipledger.web.timeline;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.partnershipledger.query.conflict.ConflictHistory;
import org.partnershipledger.query.disclosure.Redaction;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.history.PartnershipState;
import org.partnershipledger.query.phase.FiroModel;
import org.partnershipledger.query.phase.ObservationTrack;
import org.partnershipledger.query.phase.PhaseInterval;
import org.partnershipledger.query.phase.PhaseModel;
import org.partnershipledger.query.phase.PhaseModels;
import org.partnershipledger.query.phase.Timeline;
import org.partnershipledger.query.phase.TimelineEvent;
import org.partnershipledger.web.programme.PairTitles;
import org.partnershipledger.web.security.Histories;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A partnership's timeline as the timeline page and its images read it: through the same reader's window
 * of the history as the API ({@link Histories}), folded by the same phase models and state fold.
 */
@Component
class TimelineReading {

    private final Histories histories;
    private final MessageSource messages;
    private final PairTitles pairTitles;

    TimelineReading(Histories histories, MessageSource messages, PairTitles pairTitles) {
        this.histories = histories;
        this.messages = messages;
        this.pairTitles = pairTitles;
    }

    /** The reader's history of a partnership up to {@code asOf} (everything when absent), or a refusal. */
    Window read(String id, Optional<LocalDate> asOf) {
        return cut(read(id), asOf);
    }

    /** The reader's whole history of a partnership, or a refusal. */
    Window read(String id) {
        Histories.Reading reading = histories.readable(id);
        List<HistoryEvent> everything = inDomainOrder(histories.window(reading, Optional.empty(), Optional.empty()));
        return new Window(id, reading, everything, everything);
    }

    /** The same reading cut at {@code asOf}, through the same window as the API's. */
    Window cut(Window whole, Optional<LocalDate> asOf) {
        if (asOf.isEmpty()) {
            return whole;
        }
        List<HistoryEvent> window = inDomainOrder(histories.window(whole.reading(), asOf, Optional.empty()));
        return new Window(whole.id(), whole.reading(), whole.everything(), window);
    }

    /** The model by its name; an unknown or absent name reads as FIRO, the default. */
    static PhaseModel model(Optional<String> name) {
        return name.flatMap(PhaseModels::byName).orElseGet(PhaseModels::firo);
    }

    /**
     * The drawing of a window by a model, over the days of the whole history, with an "as of" line on the
     * window's last day (null: none) and a ring around one event (null: none).
     */
    TimelineLayout drawing(Window window, PhaseModel model, LocalDate asOf, Long highlighted) {
        Timeline timeline = model.timeline(window.events());
        TimelineFigure figure = new TimelineFigure(
                pairTitles.of(window.everything()),
                model.name(),
                model.phases(),
                timeline.intervals(),
                // A facilitator observes FIRO's phases, whichever model the reader picks.
                FiroModel.NAME,
                ObservationTrack.observations(window.events()),
                window.events().stream()
                        .map(event -> new TimelineEvent(event.sequence(), event.occurredOn(), event.type()))
                        .toList(),
                asOf,
                window.last(),
                highlighted);
        return TimelineDrawing.layout(figure, labels());
    }

    /** The partnership on a day, from the events given (those that had happened by then). */
    static StateOn state(String id, List<HistoryEvent> events, LocalDate on, PhaseModel model) {
        List<PhaseInterval> phases = model.timeline(events).intervals();
        List<OpenConflict> open = ConflictHistory.of(id, events).stream()
                .filter(conflict -> conflict.daysToClose() == null)
                .map(conflict -> new OpenConflict(
                        Redaction.WITHHELD.equals(conflict.topic()) ? null : conflict.topic(), conflict.raisedOn()))
                .toList();
        return new StateOn(
                on,
                PartnershipState.of(events, on),
                open,
                phases.isEmpty() ? null : phases.get(phases.size() - 1).phase());
    }

    /** The words of drawings in the page's language. */
    TimelineLabels labels() {
        var locale = LocaleContextHolder.getLocale();
        DateTimeFormatter day = DateTimeFormatter.ofPattern(messages.getMessage("date.format", null, locale), locale);
        DateTimeFormatter month = DateTimeFormatter.ofPattern(
                messages.getMessage("timeline.svg.monthFormat", null, "MMM yyyy", locale), locale);
        return new TimelineLabels() {
            @Override
            public String text(String key, Object... arguments) {
                return messages.getMessage(key, arguments, key, locale);
            }

            @Override
            public String date(LocalDate date) {
                return day.format(date);
            }

            @Override
            public String month(LocalDate date) {
                return month.format(date);
            }
        };
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static List<HistoryEvent> inDomainOrder(List<HistoryEvent> events) {
        return events.stream()
                .sorted(Comparator.comparing(HistoryEvent::occurredOn).thenComparingLong(HistoryEvent::sequence))
                .toList();
    }

    /** Every event the reader may see, and those of the window asked for, both in domain order. */
    record Window(String id, Histories.Reading reading, List<HistoryEvent> everything, List<HistoryEvent> events) {

        LocalDate first() {
            return everything.isEmpty() ? today() : everything.get(0).occurredOn();
        }

        LocalDate last() {
            return everything.isEmpty()
                    ? today()
                    : everything.get(everything.size() - 1).occurredOn();
        }
    }

    /** Who the partners were, the agreement in force, the open conflicts and the phase on a day. */
    record StateOn(LocalDate on, PartnershipState.View partnership, List<OpenConflict> openConflicts, String phase) {}

    /** A conflict still open; its topic is null for a reader from whom it is withheld (not a party to it). */
    record OpenConflict(String topic, LocalDate raisedOn) {}
}
