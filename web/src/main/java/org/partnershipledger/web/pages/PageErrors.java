package org.partnershipledger.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.partnershipledger.core.RuleViolation;
import org.partnershipledger.web.persons.PeopleNames;
import org.partnershipledger.web.programme.ProgrammePage;
import org.partnershipledger.web.security.AccessRefused;
import org.partnershipledger.web.security.PartnershipNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.ModelAndView;

/**
 * Failures on pages answered as pages (the API's problem details are for machines): 403 with the reason,
 * 404, and for the rest a page that reveals nothing of the internals.
 */
@ControllerAdvice(assignableTypes = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final MessageSource messages;
    private final PageModel frame;
    private final PeopleNames names;

    PageErrors(MessageSource messages, PageModel frame, PeopleNames names) {
        this.messages = messages;
        this.frame = frame;
        this.names = names;
    }

    @ExceptionHandler(AccessRefused.class)
    ModelAndView refused(AccessRefused refused) {
        return page(
                HttpStatus.FORBIDDEN,
                refused.reasonIn(messages, LocaleContextHolder.getLocale(), names.lookup()::named));
    }

    @ExceptionHandler(PartnershipNotFoundException.class)
    ModelAndView notFound(PartnershipNotFoundException notFound) {
        // The page's language, and no id: the address the reader followed already holds it.
        return page(
                HttpStatus.NOT_FOUND,
                messages.getMessage("error.notFound.partnership", null, LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(ProgrammePage.ProgrammeNotFound.class)
    ModelAndView notFound(ProgrammePage.ProgrammeNotFound notFound) {
        return page(
                HttpStatus.NOT_FOUND,
                messages.getMessage("error.notFound.programme", null, LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(RuleViolation.class)
    ModelAndView violated(RuleViolation violation) {
        return page(
                violation.kind() == RuleViolation.Kind.UNKNOWN ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT,
                messages.getMessage(
                        "rule." + violation.rule(), null, violation.getMessage(), LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception failure) {
        log.error("A page failed unexpectedly", failure);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, null);
    }

    // An exception handler's view gets no model attributes of its own, so the frame's are added here.
    private ModelAndView page(HttpStatus status, String reason) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("reason", reason);
        HttpServletRequest request =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        page.addObject("signedIn", frame.signedIn());
        page.addObject("language", frame.language());
        page.addObject("inDanish", frame.inDanish(request));
        page.addObject("inEnglish", frame.inEnglish(request));
        return page;
    }
}
