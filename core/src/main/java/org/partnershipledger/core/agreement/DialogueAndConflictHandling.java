package org.partnershipledger.core.agreement;

/**
 * The rules for dialogue and conflict handling, and the mediator who steps in when the partners cannot
 * resolve a conflict themselves ({@code mediator} is null while the agreement names none).
 */
public record DialogueAndConflictHandling(String rules, Mediator mediator) {

    public DialogueAndConflictHandling {
        rules = SectionValues.text(rules);
    }
}
