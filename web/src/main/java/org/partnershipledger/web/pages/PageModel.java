package org.partnershipledger.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.partnershipledger.query.conflict.ConflictView;
import org.partnershipledger.query.conflict.FindMediatedConflicts;
import org.partnershipledger.web.security.AccessRefused;
import org.partnershipledger.web.security.Actor;
import org.partnershipledger.web.security.Authority;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page's frame shows: who is signed in, and the links that switch the language of this page. */
// Also for Spring Boot's error page (drawn by a BasicErrorController), which is drawn in the same frame.
@ControllerAdvice(assignableTypes = {PageController.class, BasicErrorController.class})
class PageModel {

    private final Authority authority;
    private final ObjectProvider<QueryGateway> queries;

    PageModel(Authority authority, ObjectProvider<QueryGateway> queries) {
        this.authority = authority;
        this.queries = queries;
    }

    /** Whether the signed-in person mediates any conflict, so the frame leads her to her cases. */
    @ModelAttribute("mediates")
    boolean mediates() {
        Actor actor = signedIn();
        QueryGateway gateway = queries.getIfAvailable();
        if (actor == null || actor.person().isEmpty() || gateway == null) {
            return false;
        }
        return !gateway.query(
                        new FindMediatedConflicts(actor.person().get().value()),
                        ResponseTypes.multipleInstancesOf(ConflictView.class))
                .join()
                .isEmpty();
    }

    @ModelAttribute("signedIn")
    Actor signedIn() {
        try {
            return authority.actor();
        } catch (AccessRefused notSignedIn) {
            return null;
        }
    }

    @ModelAttribute("language")
    String language() {
        return LocaleContextHolder.getLocale().getLanguage().equals("da") ? "da" : "en";
    }

    /** This page in the other language: the same address with {@code lang} set. */
    @ModelAttribute("inDanish")
    String inDanish(HttpServletRequest request) {
        return inLanguage(request, "da");
    }

    @ModelAttribute("inEnglish")
    String inEnglish(HttpServletRequest request) {
        return inLanguage(request, "en");
    }

    private static String inLanguage(HttpServletRequest request, String language) {
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("lang", language.toLowerCase(Locale.ROOT))
                .build()
                .toUriString();
    }
}
