package org.partnershipledger.web.timeline;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.partnershipledger.query.phase.PhaseModel;
import org.partnershipledger.web.pages.PageController;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The timeline drawing as an image to view or download: SVG, or PNG painted from the same layout. Read
 * under the same authority as the page and the API.
 */
@Controller
class TimelineImages implements PageController {

    static final MediaType SVG = MediaType.valueOf("image/svg+xml");

    private final TimelineReading timelines;

    TimelineImages(TimelineReading timelines) {
        this.timelines = timelines;
    }

    @GetMapping("/partnerships/{id}/timeline.svg")
    ResponseEntity<byte[]> svg(
            @PathVariable String id,
            @RequestParam Optional<String> model,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asOf,
            @RequestParam(required = false) String download) {
        PhaseModel phaseModel = TimelineReading.model(model);
        TimelineLayout drawing = timelines.drawing(timelines.read(id, asOf), phaseModel, asOf.orElse(null), null);
        return image(
                TimelineSvg.of(drawing).getBytes(StandardCharsets.UTF_8),
                new MediaType(SVG, StandardCharsets.UTF_8),
                fileName(id, phaseModel, asOf, "svg"),
                download != null);
    }

    @GetMapping("/partnerships/{id}/timeline.png")
    ResponseEntity<byte[]> png(
            @PathVariable String id,
            @RequestParam Optional<String> model,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asOf,
            @RequestParam(required = false) String download) {
        PhaseModel phaseModel = TimelineReading.model(model);
        TimelineLayout drawing = timelines.drawing(timelines.read(id, asOf), phaseModel, asOf.orElse(null), null);
        return image(
                TimelinePng.of(drawing), MediaType.IMAGE_PNG, fileName(id, phaseModel, asOf, "png"), download != null);
    }

    /** A date the images cannot read is the reader's mistake, shown as such rather than as a failure. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView unreadable(MethodArgumentTypeMismatchException mismatch) {
        ModelAndView page = new ModelAndView("error", HttpStatus.BAD_REQUEST);
        page.addObject("status", HttpStatus.BAD_REQUEST.value());
        page.addObject("reason", mismatch.getName() + ": " + mismatch.getValue());
        return page;
    }

    private static ResponseEntity<byte[]> image(byte[] body, MediaType type, String fileName, boolean download) {
        ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(fileName)
                .build();
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(body);
    }

    /** e.g. timeline-1f2e…-firo-2004-03-01.svg; the id is kept to safe characters for a file name. */
    static String fileName(String id, PhaseModel model, Optional<LocalDate> asOf, String extension) {
        String safeId = id.replaceAll("[^A-Za-z0-9-]", "");
        return "timeline-" + safeId + "-" + model.name()
                + asOf.map(day -> "-" + day).orElse("") + "." + extension;
    }
}
