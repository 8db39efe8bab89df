package org.partnershipledger.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnershipledger.core.FreeText;
import org.partnershipledger.core.Name;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Personal;
import org.partnershipledger.core.agreement.Mediator;
import org.partnershipledger.core.conflict.MediatorRef;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.Sector;

/**
 * Everything that says who a person is, collected from stored events without knowing their types: every
 * {@link PersonId}, every name (a {@link Personal} {@link Name}, or a {@code name} beside a person's id, as
 * a mediator's), every other {@link Personal} value that is not free text (diary text, contact details),
 * the citizen partners and the mediators. A new event, or a new value in one, is covered as soon as it
 * carries a person's id or marks its personal data, as the store requires for erasure anyway.
 *
 * <p>Free text a person marked personal ({@link FreeText} and {@link Personal}, as a stance's reason) is
 * collected too: a researcher never reads it, not even once the partners opened their free text to research.
 */
final class PersonsOnRecord {

    final Set<String> persons = new LinkedHashSet<>();
    final Set<String> names = new LinkedHashSet<>();
    final Set<String> personalTexts = new LinkedHashSet<>();
    /** Every text that is no one's personal data: a word of a name found in one of these proves nothing. */
    final Set<String> otherTexts = new LinkedHashSet<>();

    final Set<String> citizenPartners = new LinkedHashSet<>();
    /** Each mediator's name, and the person they are in the ledger when any (empty when none). */
    final Map<String, Set<Optional<PersonId>>> mediators = new LinkedHashMap<>();

    void collect(Object value) {
        if (value == null || value instanceof String || value instanceof Enum<?>) {
            return;
        }
        if (value instanceof PersonId person) {
            persons.add(person.value());
        } else if (value instanceof Collection<?> values) {
            values.forEach(this::collect);
        } else if (value instanceof Map<?, ?> map) {
            map.keySet().forEach(this::collect);
            map.values().forEach(this::collect);
        } else if (value.getClass().isRecord()) {
            collectRecord((Record) value);
        }
    }

    private void collectRecord(Record value) {
        if (value instanceof Partner partner && partner.sector() == Sector.CITIZEN) {
            citizenPartners.add(partner.id().value());
        }
        if (value instanceof MediatorRef mediator) {
            mediator(mediator.name(), mediator.person());
        }
        if (value instanceof Mediator mediator) {
            mediator(mediator.name(), mediator.person());
        }
        RecordComponent[] components = value.getClass().getRecordComponents();
        // A name beside the id of the person it names (a mediator's), not beside someone who acts on it.
        boolean namesAPerson = Arrays.stream(components)
                .anyMatch(component -> component.getType() == PersonId.class
                        && (component.getName().equals("person")
                                || component.getName().equals("id")));
        for (RecordComponent component : components) {
            Object held = read(value, component.getAccessor().getName());
            if (held instanceof String text && !text.isBlank()) {
                Personal personal = component.getAnnotation(Personal.class);
                boolean personsName =
                        (personal != null && component.isAnnotationPresent(Name.class) && holds(value, personal))
                                || (namesAPerson && component.getName().equals("name"));
                if (personsName) {
                    names.add(text.strip());
                } else if (personal != null && holds(value, personal)) {
                    personalTexts.add(text.strip());
                } else if (personal == null || !holds(value, personal)) {
                    otherTexts.add(text);
                }
            }
            collect(held);
        }
    }

    private void mediator(String name, PersonId person) {
        mediators.computeIfAbsent(name, any -> new LinkedHashSet<>()).add(Optional.ofNullable(person));
    }

    /** A value personal only on a condition ({@code when}, as a partner that is a citizen) is collected when it holds. */
    private static boolean holds(Record value, Personal personal) {
        return personal.when().isEmpty() || Boolean.TRUE.equals(read(value, personal.when()));
    }

    private static Object read(Object value, String accessor) {
        try {
            var method = value.getClass().getMethod(accessor);
            method.setAccessible(true);
            return method.invoke(value);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + accessor + " of " + value.getClass(), e);
        }
    }
}
