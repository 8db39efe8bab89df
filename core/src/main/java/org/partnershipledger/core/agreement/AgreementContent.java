package org.partnershipledger.core.agreement;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.Values;

/**
 * The text of one agreement version, section by section as the partners' template has them (DOMAIN.md).
 * Every section is present, though its texts may still be empty in a draft; only the mediator, the
 * revision date and the end of the term may be absent (null).
 *
 * @param revisionDate the date from which the agreement may be revised, e.g. six months after signing
 * @param accession the names of organisations that may accede to the agreement later
 */
public record AgreementContent(
        Background background,
        Goals goals,
        ContentAndQuality contentAndQuality,
        Organisation organisation,
        DialogueAndConflictHandling dialogue,
        Plan plan,
        Budget budget,
        ChangesAndExit changes,
        String riskAssessment,
        EvaluationAndAnchoring evaluation,
        Term term,
        LocalDate revisionDate,
        List<String> accession) {

    public AgreementContent {
        Values.requirePresent(background, "background");
        Values.requirePresent(goals, "goals");
        Values.requirePresent(contentAndQuality, "contentAndQuality");
        Values.requirePresent(organisation, "organisation");
        Values.requirePresent(dialogue, "dialogue");
        Values.requirePresent(plan, "plan");
        Values.requirePresent(budget, "budget");
        Values.requirePresent(changes, "changes");
        riskAssessment = SectionValues.text(riskAssessment);
        Values.requirePresent(evaluation, "evaluation");
        Values.requirePresent(term, "term");
        if (revisionDate != null && revisionDate.isBefore(term.startsOn())) {
            throw new InvalidValueException("revisionDate", "must not be before term.startsOn");
        }
        accession = SectionValues.items(accession, "accession");
    }

    /**
     * The partners the text speaks of (their strengths, their responsibilities), so the partnership can
     * check that each is one of its partners.
     */
    public Set<PartnerId> partnersNamed() {
        Set<PartnerId> named = new LinkedHashSet<>();
        background.strengths().forEach(entry -> named.add(entry.partnerId()));
        organisation.responsibilities().stream()
                .map(Responsibility::partnerId)
                .filter(Objects::nonNull)
                .forEach(named::add);
        return Collections.unmodifiableSet(named);
    }
}
