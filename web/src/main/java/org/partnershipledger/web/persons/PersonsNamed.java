package org.partnershipledger.web.persons;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.partnershipledger.core.PersonId;

/**
 * Every person an event names, wherever in the event (a representative, a replacement, a mediator, an
 * attendee, a diary's author): the persons who take part in a partnership with one another.
 */
public final class PersonsNamed {

    private PersonsNamed() {}

    public static Set<PersonId> in(Collection<?> values) {
        Set<PersonId> found = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
        for (Object value : values) {
            collect(value, found, 0);
        }
        return found;
    }

    private static void collect(Object value, Set<PersonId> found, int depth) {
        if (value == null || depth > 8) {
            return;
        }
        if (value instanceof PersonId person) {
            found.add(person);
        } else if (value instanceof Collection<?> collection) {
            new ArrayList<>(collection).forEach(element -> collect(element, found, depth + 1));
        } else if (value instanceof Map<?, ?> map) {
            map.keySet().forEach(key -> collect(key, found, depth + 1));
            map.values().forEach(element -> collect(element, found, depth + 1));
        } else if (value instanceof java.util.Optional<?> optional) {
            optional.ifPresent(present -> collect(present, found, depth + 1));
        } else if (value.getClass().isRecord()) {
            for (var component : value.getClass().getRecordComponents()) {
                try {
                    var accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    collect(accessor.invoke(value), found, depth + 1);
                } catch (ReflectiveOperationException unreadable) {
                    // A record's own accessor is always readable; nothing of it is a person then.
                }
            }
        }
    }

    static List<PersonId> sorted(Set<PersonId> persons) {
        return List.copyOf(persons);
    }
}
