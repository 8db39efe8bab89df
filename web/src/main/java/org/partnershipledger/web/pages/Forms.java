package org.partnershipledger.web.pages;

import java.util.Locale;
import java.util.concurrent.CompletionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.RuleViolation;
import org.partnershipledger.web.persons.PeopleNames;
import org.partnershipledger.web.security.AccessRefused;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Records what a form asks and turns every refusal into errors on the form, so the page shows them next
 * to the fields and keeps what the person typed. A rule of the domain is shown in the page's language
 * when the messages name it ({@code rule.<name>}), else as the ledger words it.
 */
@Component
public class Forms {

    private final MessageSource messages;
    private final PeopleNames names;

    Forms(MessageSource messages, PeopleNames names) {
        this.messages = messages;
        this.names = names;
    }

    /** Runs the recording unless the form already has errors; true if it was recorded. */
    public boolean record(BindingResult form, Runnable recording) {
        if (form.hasErrors()) {
            return false;
        }
        try {
            recording.run();
            return true;
        } catch (RuntimeException failure) {
            refuse(form, failure);
            return false;
        }
    }

    private void refuse(BindingResult form, RuntimeException failure) {
        Throwable cause = failure;
        while ((cause instanceof CommandExecutionException || cause instanceof CompletionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof InvalidValueException invalid) {
            String field = fieldOf(form, invalid.field());
            String reason = inPagesLanguage(invalid.reason());
            if (field == null) {
                // The domain's name of the field is no word for a reader; the page's language may leave it out.
                form.reject(
                        "invalid",
                        messages.getMessage(
                                "invalid.atField",
                                new Object[] {invalid.field(), reason},
                                invalid.field() + ": " + reason,
                                LocaleContextHolder.getLocale()));
            } else {
                form.rejectValue(field, "invalid", reason);
            }
        } else if (cause instanceof RuleViolation violation) {
            form.reject(
                    "rule." + violation.rule(),
                    messages.getMessage(
                            "rule." + violation.rule(), null, violation.getMessage(), LocaleContextHolder.getLocale()));
        } else if (cause instanceof AccessRefused refused) {
            form.reject("refused", refused.reasonIn(messages, LocaleContextHolder.getLocale(), names.lookup()::named));
        } else if (cause instanceof ConcurrencyException || cause instanceof ConflictingModificationException) {
            form.reject(
                    "concurrent",
                    messages.getMessage(
                            "form.concurrent",
                            null,
                            "Someone changed this at the same moment; send it again",
                            LocaleContextHolder.getLocale()));
        } else {
            throw failure;
        }
    }

    // The domain words its reasons in English; a reason it words in no known way reads as a general one.
    private String inPagesLanguage(String reason) {
        Locale locale = LocaleContextHolder.getLocale();
        return ValueReasons.of(reason)
                .map(known -> messages.getMessage(known.key(), known.arguments(), reason, locale))
                .orElseGet(() -> messages.getMessage("invalid.reason.other", null, reason, locale));
    }

    // The domain names fields as commands do (stance.partner); the form has them by its own names.
    private static String fieldOf(BindingResult form, String field) {
        String last = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
        for (String candidate : new String[] {field, last}) {
            if (form.getTarget() != null && isProperty(form, candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean isProperty(BindingResult form, String name) {
        try {
            form.getFieldType(name);
            return form.getFieldType(name) != null;
        } catch (RuntimeException notAProperty) {
            return false;
        }
    }
}
