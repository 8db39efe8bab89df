package org.partnershipledger.web.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.phase.PhaseModel;
import org.partnershipledger.query.phase.PhaseModels;
import org.partnershipledger.web.pages.PageController;
import org.partnershipledger.web.programme.PairTitles;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A researcher replays a partnership's timeline: the phases by the model they pick, the state on any day
 * (a slider over the days of the history, a plain GET form) and the events one at a time with the state
 * after each. Everything works without JavaScript.
 */
@Controller
class TimelinePage implements PageController {

    private final TimelineReading timelines;
    private final PairTitles pairTitles;
    private final MessageSource messages;

    TimelinePage(TimelineReading timelines, PairTitles pairTitles, MessageSource messages) {
        this.timelines = timelines;
        this.pairTitles = pairTitles;
        this.messages = messages;
    }

    /** Event {@code number} (from 1) of {@code total}, what it is, and the state just after it. */
    record Step(
            int number,
            int total,
            HistoryEvent event,
            String kind,
            TimelineReading.StateOn after,
            String previous,
            String next) {}

    /** An event drawn, as listed beside the drawing: its day, type and kind, and the link to step to it. */
    record DrawnEvent(LocalDate on, String type, String kind, String link) {}

    /** A choice of model, with the link that shows it. */
    record ModelChoice(String name, String link, boolean current) {}

    /**
     * @param day the slider's value: days since the first event, which wins over {@code asOf} when both are
     *     sent (the slider's form sends only {@code day})
     */
    @GetMapping("/partnerships/{id}/timeline")
    String timeline(
            @PathVariable String id,
            @RequestParam Optional<String> model,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asOf,
            @RequestParam Optional<Integer> day,
            @RequestParam Optional<Integer> step,
            Model page) {
        PhaseModel phaseModel = TimelineReading.model(model);
        TimelineReading.Window everything = timelines.read(id);
        long span = ChronoUnit.DAYS.between(everything.first(), everything.last());
        Optional<LocalDate> on = day.map(days -> everything.first().plusDays(Math.max(0, Math.min(days, span))))
                .or(() -> asOf);
        TimelineReading.Window window = timelines.cut(everything, on);
        Optional<Step> shown = step.filter(number -> !everything.everything().isEmpty())
                .map(number -> step(everything, phaseModel, on, number));

        page.addAttribute("id", id);
        page.addAttribute("name", pairTitles.of(everything.everything()));
        page.addAttribute("model", phaseModel.name());
        page.addAttribute(
                "models",
                PhaseModels.names().stream()
                        .map(name -> new ModelChoice(
                                name, link(id, name, on, shown.map(Step::number)), name.equals(phaseModel.name())))
                        .toList());
        Long stepped = shown.map(current -> current.event().sequence()).orElse(null);
        page.addAttribute("svg", TimelineSvg.of(timelines.drawing(window, phaseModel, on.orElse(null), stepped)));
        List<DrawnEvent> drawn = drawnEvents(everything, window, phaseModel, on);
        page.addAttribute("drawnCount", drawn.size());
        page.addAttribute("drawnList", listed(drawn, LocaleContextHolder.getLocale()));
        page.addAttribute("svgLink", image(id, phaseModel, on, "svg", false));
        page.addAttribute("svgDownload", image(id, phaseModel, on, "svg", true));
        page.addAttribute("pngDownload", image(id, phaseModel, on, "png", true));
        page.addAttribute("first", everything.first());
        page.addAttribute("last", everything.last());
        page.addAttribute("span", span);
        page.addAttribute(
                "day",
                on.map(date -> ChronoUnit.DAYS.between(everything.first(), date))
                        .orElse(span));
        page.addAttribute("asOf", on.orElse(null));
        page.addAttribute(
                "state", TimelineReading.state(id, window.events(), on.orElseGet(TimelineReading::today), phaseModel));
        page.addAttribute("step", shown.orElse(null));
        page.addAttribute("firstStep", link(id, phaseModel.name(), on, Optional.of(1)));
        page.addAttribute("withoutDate", link(id, phaseModel.name(), Optional.empty(), Optional.empty()));
        return "timeline/page";
    }

    /** A date the page cannot read is the reader's mistake, shown as such rather than as a failure. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView unreadable(MethodArgumentTypeMismatchException mismatch) {
        ModelAndView page = new ModelAndView("error", HttpStatus.BAD_REQUEST);
        page.addObject("status", HttpStatus.BAD_REQUEST.value());
        page.addObject("reason", mismatch.getName() + ": " + mismatch.getValue());
        return page;
    }

    private Step step(TimelineReading.Window everything, PhaseModel model, Optional<LocalDate> on, int asked) {
        List<HistoryEvent> events = everything.everything();
        int number = Math.max(1, Math.min(asked, events.size()));
        HistoryEvent event = events.get(number - 1);
        List<HistoryEvent> sofar = events.subList(0, number);
        return new Step(
                number,
                events.size(),
                event,
                EventKind.of(event.type()).name(),
                TimelineReading.state(everything.id(), sofar, event.occurredOn(), model),
                number > 1 ? link(everything.id(), model.name(), on, Optional.of(number - 1)) : null,
                number < events.size() ? link(everything.id(), model.name(), on, Optional.of(number + 1)) : null);
    }

    /**
     * The events the drawing shows, each linked to its step, so a reader who cannot point at a mark (on a
     * phone, by keyboard, by a screen reader) has every event of the drawing too.
     */
    private static List<DrawnEvent> drawnEvents(
            TimelineReading.Window everything,
            TimelineReading.Window window,
            PhaseModel model,
            Optional<LocalDate> on) {
        Map<Long, Integer> steps = new HashMap<>();
        List<HistoryEvent> all = everything.everything();
        for (int i = 0; i < all.size(); i++) {
            steps.put(all.get(i).sequence(), i + 1);
        }
        String withoutStep = link(everything.id(), model.name(), on, Optional.empty());
        return window.events().stream()
                .map(event -> new DrawnEvent(
                        event.occurredOn(),
                        event.type(),
                        EventKind.of(event.type()).name(),
                        // The step is the link's last parameter, as link() writes it.
                        steps.containsKey(event.sequence())
                                ? withoutStep + "&step=" + steps.get(event.sequence())
                                : withoutStep))
                .toList();
    }

    /**
     * The drawn events as the items of a list, written here rather than item by item in the template: a
     * history of thousands of events made the template's expressions most of the page's cost. Every text
     * is escaped as the template escapes it.
     */
    private String listed(List<DrawnEvent> drawn, Locale locale) {
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(messages.getMessage("date.format", null, locale), locale);
        Map<String, String> labels = new HashMap<>();
        StringBuilder items = new StringBuilder(drawn.size() * 160);
        for (DrawnEvent event : drawn) {
            String type = labels.computeIfAbsent(
                    "timeline.event." + event.type(), key -> messages.getMessage(key, null, event.type(), locale));
            String kind = labels.computeIfAbsent(
                    "timeline.kind." + event.kind(), key -> messages.getMessage(key, null, event.kind(), locale));
            items.append("<li><span>")
                    .append(HtmlUtils.htmlEscape(dates.format(event.on())))
                    .append("</span>: <a href=\"")
                    .append(HtmlUtils.htmlEscape(event.link()))
                    .append("\">")
                    .append(HtmlUtils.htmlEscape(type))
                    .append("</a> <span class=\"muted\">")
                    .append(HtmlUtils.htmlEscape("(" + kind + ")"))
                    .append("</span></li>\n");
        }
        return items.toString();
    }

    private static String link(String id, String model, Optional<LocalDate> on, Optional<Integer> step) {
        UriComponentsBuilder link =
                UriComponentsBuilder.fromPath("/partnerships/{id}/timeline").queryParam("model", model);
        on.ifPresent(date -> link.queryParam("asOf", date));
        step.ifPresent(number -> link.queryParam("step", number));
        return link.buildAndExpand(id).encode().toUriString();
    }

    private static String image(
            String id, PhaseModel model, Optional<LocalDate> on, String extension, boolean download) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/partnerships/{id}/timeline." + extension)
                .queryParam("model", model.name());
        on.ifPresent(date -> link.queryParam("asOf", date));
        if (download) {
            link.queryParam("download");
        }
        return link.buildAndExpand(id).encode().toUriString();
    }
}
