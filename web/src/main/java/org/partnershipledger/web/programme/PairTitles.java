package org.partnershipledger.web.programme;

import java.util.List;
import java.util.Optional;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.PartnershipFormed;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.web.partnership.PartnershipRecord;
import org.partnershipledger.web.persons.PeopleNames;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A programme's pair is named "Pair par-1" in its history (names are personal data there, and the pair's id
 * is no name for a reader): a reader who may know who is in it reads the pair by the two persons' names,
 * anyone else by its number in its programme ("Par 2"), in the page's language.
 */
@Component
public class PairTitles {

    private static final String PAIR = "Pair ";

    private final PeopleNames names;
    private final MessageSource messages;
    private final PairPlaces places;

    PairTitles(PeopleNames names, MessageSource messages, PairPlaces places) {
        this.names = names;
        this.messages = messages;
        this.places = places;
    }

    /** Whether this is the partnership of a programme's pair, as the programme names it when forming it. */
    public boolean isPair(List<HistoryEvent> history) {
        return formed(history).map(PairTitles::isPair).orElse(false);
    }

    private static boolean isPair(PartnershipFormed formed) {
        List<Partner> partners = formed.partners();
        if (!formed.name().startsWith(PAIR) || partners.size() != 2) {
            return false;
        }
        String pair = formed.name().substring(PAIR.length());
        return partners.get(0).id().value().equals(pair + "-expert")
                && partners.get(1).id().value().equals(pair + "-leader");
    }

    private static Optional<PartnershipFormed> formed(List<HistoryEvent> history) {
        return history.stream()
                .map(HistoryEvent::event)
                .filter(PartnershipFormed.class::isInstance)
                .map(PartnershipFormed.class::cast)
                .findFirst();
    }

    /** The partnership's name as this reader reads it, from its history as the reader may see it. */
    public String of(List<HistoryEvent> history) {
        return formed(history)
                .map(formed -> of(
                        formed.name(),
                        formed.partners().stream()
                                .map(partner -> partner.id().value())
                                .toList(),
                        history))
                .orElse(null);
    }

    /** The partnership's name as this reader reads it; {@code partners} are its partners' ids in order. */
    public String of(String name, List<String> partners, List<HistoryEvent> history) {
        if (name == null || !name.startsWith(PAIR) || partners.size() != 2) {
            return name;
        }
        String pair = name.substring(PAIR.length());
        if (!partners.get(0).equals(pair + "-expert") || !partners.get(1).equals(pair + "-leader")) {
            return name;
        }
        if (names.readsNames()) {
            PartnershipRecord record = PartnershipRecord.of(history);
            PeopleNames.Lookup people = names.lookup();
            List<String> named = partners.stream()
                    .flatMap(partner -> record.representativesOf(partner).stream())
                    .map(representative -> people.name(representative.person()))
                    .distinct()
                    .toList();
            if (named.size() == 2) {
                return message("partnership.pairTitle", named.toArray());
            }
        }
        return formed(history)
                .flatMap(formed -> places.of(formed.partnershipId().value()))
                .map(place -> message("programmes.pairs.number", new Object[] {place.number()}))
                .orElseGet(() -> message("partnership.pairUnnumbered", new Object[0]));
    }

    private String message(String key, Object[] arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
