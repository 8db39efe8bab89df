package org.partnershipledger.web.pages;

import java.util.List;
import org.partnershipledger.query.history.HistoryEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A programme's pair is named "Pair par-1" in its history (names are personal data there); a reader who
 * may know who is in it reads the pair by the two persons' names instead.
 */
@Component
class PairTitles {

    private static final String PAIR = "Pair ";

    private final PeopleNames names;
    private final MessageSource messages;

    PairTitles(PeopleNames names, MessageSource messages) {
        this.names = names;
        this.messages = messages;
    }

    /** The partnership's name as this reader reads it; {@code partners} are its partners' ids in order. */
    String of(String name, List<String> partners, List<HistoryEvent> history) {
        if (name == null || !name.startsWith(PAIR) || partners.size() != 2) {
            return name;
        }
        String pair = name.substring(PAIR.length());
        if (!partners.get(0).equals(pair + "-expert") || !partners.get(1).equals(pair + "-leader")) {
            return name;
        }
        if (!names.readsNames()) {
            return name;
        }
        PartnershipRecord record = PartnershipRecord.of(history);
        PeopleNames.Lookup people = names.lookup();
        List<String> named = partners.stream()
                .flatMap(partner -> record.representativesOf(partner).stream())
                .map(representative -> people.name(representative.person()))
                .distinct()
                .toList();
        if (named.size() != 2) {
            return name;
        }
        return messages.getMessage("partnership.pairTitle", named.toArray(), name, LocaleContextHolder.getLocale());
    }
}
