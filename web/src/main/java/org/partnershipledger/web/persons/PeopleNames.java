package org.partnershipledger.web.persons;

import java.util.HashMap;
import java.util.Map;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.query.person.PersonView;
import org.partnershipledger.web.security.UserAccount;
import org.partnershipledger.web.security.UserAccounts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A person on a page: by their name in the register, else by their id; an erased person reads as erased.
 * A researcher reads no names at all: their history carries pseudonyms, and a page shows them as they are.
 */
@Component
public class PeopleNames {

    private final UserAccounts users;
    private final PersonRegister register;
    private final PersonReading reading;
    private final MessageSource messages;

    PeopleNames(UserAccounts users, PersonRegister register, PersonReading reading, MessageSource messages) {
        this.users = users;
        this.register = register;
        this.reading = reading;
        this.messages = messages;
    }

    /**
     * Every name the signed-in reader may see, by person id, for the meetings pages: a registered name, else
     * the username of the person's ledger user (as those pages showed people before the register).
     */
    public Map<String, String> byPerson() {
        Map<String, String> names = new HashMap<>();
        if (!reading.readsNames()) {
            return names;
        }
        for (UserAccount user : users.all()) {
            if (user.person() != null) {
                names.put(user.person().value(), user.username());
            }
        }
        names.putAll(registered());
        return names;
    }

    /** The registered names the reader may see, by person id; an erased person reads as erased. */
    Map<String, String> registered() {
        Map<String, String> names = new HashMap<>();
        if (!reading.readsNames()) {
            return names;
        }
        String erased = messages.getMessage("person.erased", null, "[erased]", LocaleContextHolder.getLocale());
        for (PersonView person : register.all()) {
            names.put(person.id(), person.erased() ? erased : person.name());
        }
        return names;
    }

    public boolean readsNames() {
        return reading.readsNames();
    }

    /** The same, read once a page first asks for a name. */
    public Lookup lookup() {
        return new Lookup(this);
    }

    /** What a template calls: {@code ${people.name(id)}}. */
    public static final class Lookup {

        private final PeopleNames source;
        private Map<String, String> names;

        private Lookup(PeopleNames source) {
            this.source = source;
        }

        public String name(Object person) {
            if (person == null) {
                return null;
            }
            if (names == null) {
                names = source.registered();
            }
            String id = person.toString();
            return names.getOrDefault(id, id);
        }

        /** A refusal's argument as a page shows it: a person by name, anything else as it is. */
        public Object named(Object argument) {
            return argument instanceof PersonId person ? name(person.value()) : argument;
        }
    }
}
