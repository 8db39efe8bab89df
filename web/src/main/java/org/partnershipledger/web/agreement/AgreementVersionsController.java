package org.partnershipledger.web.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.RuleViolation;
import org.partnershipledger.core.agreement.UnknownVersionException;
import org.partnershipledger.query.agreement.AgreementVersions;
import org.partnershipledger.query.agreement.AgreementVersions.AgreementVersionView;
import org.partnershipledger.query.agreement.AgreementVersions.SignatureView;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.web.partnership.PartnershipController;
import org.partnershipledger.web.persons.PersonNames;
import org.partnershipledger.web.security.Histories;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a signer reads before signing: each version of the agreement with its content, the content hash a
 * signature names, and the signatures given, read from the history as the reader may see it.
 */
@RestController
@RequestMapping(PartnershipController.PATH + "/{partnershipId}/agreement/versions")
class AgreementVersionsController {

    private final Histories histories;
    private final PersonNames names;

    AgreementVersionsController(Histories histories, PersonNames names) {
        this.histories = histories;
        this.names = names;
    }

    /** Every version, oldest first. */
    @GetMapping
    List<PersonNames.Named<AgreementVersionView>> list(
            @PathVariable String partnershipId,
            @RequestParam Optional<LocalDate> asOf,
            @RequestParam Optional<Instant> knownAt) {
        List<AgreementVersionView> versions = AgreementVersions.of(histories.window(partnershipId, asOf, knownAt));
        PersonNames.Known known = names.of(versions.stream()
                .flatMap(version -> AgreementVersions.persons(version).stream())
                .toList());
        return versions.stream()
                .map(version -> known.beside(version, AgreementVersions.persons(version)))
                .toList();
    }

    @GetMapping("/{version}")
    PersonNames.Named<AgreementVersionView> find(
            @PathVariable String partnershipId,
            @PathVariable int version,
            @RequestParam Optional<LocalDate> asOf,
            @RequestParam Optional<Instant> knownAt) {
        AgreementVersionView found = version(histories.window(partnershipId, asOf, knownAt), partnershipId, version);
        List<String> persons = AgreementVersions.persons(found);
        return names.of(persons).beside(found, persons);
    }

    /** The signature a partner gave under a version. */
    @GetMapping("/{version}/signatures/{partner}")
    PersonNames.Named<SignatureView> signature(
            @PathVariable String partnershipId,
            @PathVariable int version,
            @PathVariable String partner,
            @RequestParam Optional<LocalDate> asOf,
            @RequestParam Optional<Instant> knownAt) {
        SignatureView signature = version(histories.window(partnershipId, asOf, knownAt), partnershipId, version)
                .signatureOf(partner)
                .orElseThrow(() -> new NotSigned(version, partner));
        List<String> persons = AgreementVersions.persons(signature);
        return names.of(persons).beside(signature, persons);
    }

    private static AgreementVersionView version(List<HistoryEvent> history, String partnershipId, int number) {
        List<AgreementVersionView> versions = AgreementVersions.of(history);
        return versions.stream()
                .filter(version -> version.version() == number)
                .findFirst()
                .orElseThrow(() -> new UnknownVersionException(
                        new PartnershipId(partnershipId),
                        number,
                        versions.isEmpty()
                                ? 0
                                : versions.get(versions.size() - 1).version()));
    }

    static final class NotSigned extends RuleViolation {
        NotSigned(int version, String partner) {
            super(
                    "signature-unknown",
                    Kind.UNKNOWN,
                    "No signature of partner " + partner + " is recorded under version " + version);
        }
    }
}
