package org.partnershipledger.web.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.partnershipledger.core.RuleViolation;
import org.partnershipledger.query.history.Representatives;
import org.partnershipledger.query.history.Representatives.RepresentativeRecord;
import org.partnershipledger.web.persons.PersonNames;
import org.partnershipledger.web.security.Histories;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who represents or represented each partner, in which roles and from when to when, read from the history
 * as the reader may see it: a researcher reads each person as their pseudonym, and finds one by it.
 */
@RestController
@RequestMapping(PartnershipController.PATH + "/{partnershipId}/representatives")
class RepresentativesController {

    private final Histories histories;
    private final PersonNames names;

    RepresentativesController(Histories histories, PersonNames names) {
        this.histories = histories;
        this.names = names;
    }

    /** Every term of every representative, current and former, in the order they began. */
    @GetMapping
    List<PersonNames.Named<RepresentativeRecord>> list(
            @PathVariable String partnershipId,
            @RequestParam Optional<LocalDate> asOf,
            @RequestParam Optional<Instant> knownAt) {
        List<RepresentativeRecord> records = Representatives.of(histories.window(partnershipId, asOf, knownAt));
        PersonNames.Known known = names.of(records.stream()
                .flatMap(record -> Representatives.persons(record).stream())
                .toList());
        return records.stream()
                .map(record -> known.beside(record, Representatives.persons(record)))
                .toList();
    }

    /** The person's current term, or their last one if they no longer represent a partner. */
    @GetMapping("/{person}")
    PersonNames.Named<RepresentativeRecord> find(
            @PathVariable String partnershipId,
            @PathVariable String person,
            @RequestParam Optional<LocalDate> asOf,
            @RequestParam Optional<Instant> knownAt) {
        RepresentativeRecord record = Representatives.latestOf(histories.window(partnershipId, asOf, knownAt), person)
                .orElseThrow(() -> new NoRepresentative(person));
        List<String> persons = Representatives.persons(record);
        return names.of(persons).beside(record, persons);
    }

    static final class NoRepresentative extends RuleViolation {
        NoRepresentative(String person) {
            super(
                    "representative-unknown",
                    Kind.UNKNOWN,
                    "Person " + person + " has represented no partner in this partnership");
        }
    }
}
