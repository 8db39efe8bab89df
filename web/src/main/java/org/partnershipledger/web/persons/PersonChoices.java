package org.partnershipledger.web.persons;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.partnershipledger.query.person.PersonView;
import org.springframework.stereotype.Component;

/**
 * The persons a form lets its user choose among, by name: nobody types a person id. What the form sends
 * is the id; a value a refused form keeps stays among the choices even when the register lacks it.
 */
@Component
public class PersonChoices {

    /** One choice: the person's id, and how the form names them. */
    public record Choice(String id, String label) {}

    private final PersonRegister register;
    private final PeopleNames names;

    PersonChoices(PersonRegister register, PeopleNames names) {
        this.register = register;
        this.names = names;
    }

    /** Every registered person who is not erased, but those excluded, and the values kept. */
    public List<Choice> registered(Collection<String> excluded, Collection<String> kept) {
        List<Choice> choices = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();
        for (PersonView person : register.all()) {
            if (!person.erased() && !excluded.contains(person.id())) {
                choices.add(new Choice(person.id(), label(person)));
                listed.add(person.id());
            }
        }
        PeopleNames.Lookup lookup = names.lookup();
        for (String value : kept) {
            if (value != null && !value.isBlank() && listed.add(value)) {
                choices.add(new Choice(value, lookup.name(value)));
            }
        }
        return choices;
    }

    /** These persons, in this order, by the names the reader may see. */
    public List<Choice> of(Collection<String> persons) {
        PeopleNames.Lookup lookup = names.lookup();
        return new LinkedHashSet<>(persons)
                .stream().map(person -> new Choice(person, lookup.name(person))).toList();
    }

    private static String label(PersonView person) {
        return person.organisation() == null ? person.name() : person.name() + " (" + person.organisation() + ")";
    }
}
