package org.partnershipledger.web.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.partnershipledger.core.diary.DiaryEntryId;
import org.partnershipledger.core.diary.UnknownDiaryEntryException;
import org.partnershipledger.query.history.DiaryEntries;
import org.partnershipledger.query.history.DiaryEntries.DiaryEntryView;
import org.partnershipledger.web.partnership.PartnershipController;
import org.partnershipledger.web.persons.PersonNames;
import org.partnershipledger.web.security.Histories;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A diary entry, read by its author, and by the partnership once shared; never by a researcher. To anyone
 * else it is unknown (404), as the redaction leaves it out of what they read.
 */
@RestController
class DiaryEntriesController {

    private final Histories histories;
    private final PersonNames names;

    DiaryEntriesController(Histories histories, PersonNames names) {
        this.histories = histories;
        this.names = names;
    }

    @GetMapping(PartnershipController.PATH + "/{partnershipId}/diary/{entryId}")
    PersonNames.Named<DiaryEntryView> find(
            @PathVariable String partnershipId,
            @PathVariable String entryId,
            @RequestParam Optional<LocalDate> asOf,
            @RequestParam Optional<Instant> knownAt) {
        DiaryEntryView entry = DiaryEntries.entry(histories.window(partnershipId, asOf, knownAt), entryId)
                .orElseThrow(() -> new UnknownDiaryEntryException(new DiaryEntryId(entryId)));
        return names.of(List.of(entry.author())).beside(entry, List.of(entry.author()));
    }
}
