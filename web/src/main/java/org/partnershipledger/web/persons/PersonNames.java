package org.partnershipledger.web.persons;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.partnershipledger.core.Personal;
import org.partnershipledger.query.person.PersonView;
import org.springframework.stereotype.Component;

/**
 * The names beside the person ids a view carries, for a reader who may know who people are: the {@code names}
 * member of a view maps each person id it names to the person's name ({@link Personal#ERASED} once erased;
 * a person the register does not hold is left out). A researcher reads pseudonyms and never a name, so their
 * views carry no {@code names} at all, not even an empty one.
 */
@Component
public class PersonNames {

    public static final String DESCRIPTION =
            "Each person id this object names, by the person's name (\"" + Personal.ERASED
                    + "\" once erased; persons the register does not hold are left out). Absent for a researcher, who"
                    + " reads persons by pseudonym only.";

    private final PersonRegister register;
    private final PersonReading reading;

    PersonNames(PersonRegister register, PersonReading reading) {
        this.register = register;
        this.reading = reading;
    }

    /** The names of these persons, looked up together, for the views of one response to pick from. */
    public Known of(Collection<String> persons) {
        if (!reading.readsNames()) {
            return Known.NONE;
        }
        Map<String, String> names = new LinkedHashMap<>();
        register.find(persons).forEach((id, person) -> names.put(id, nameOf(person)));
        return new Known(names);
    }

    private static String nameOf(PersonView person) {
        return person.erased() ? Personal.ERASED : person.name();
    }

    /** Names looked up for one response; {@link #NONE} for a reader who reads no names. */
    public static final class Known {

        public static final Known NONE = new Known(null);

        private final Map<String, String> names;

        private Known(Map<String, String> names) {
            this.names = names;
        }

        /** The {@code names} member of a view naming these persons: null (left out) for a reader of no names. */
        public Map<String, String> of(Collection<String> persons) {
            if (names == null) {
                return null;
            }
            Map<String, String> named = new LinkedHashMap<>();
            persons.stream()
                    .filter(Objects::nonNull)
                    .filter(names::containsKey)
                    .forEach(person -> named.put(person, names.get(person)));
            return named;
        }

        /** The view with the names of the persons it names beside it. */
        public <T> Named<T> beside(T view, Collection<String> persons) {
            return new Named<>(view, of(persons));
        }
    }

    /** A view of the query side as it is, with {@code names} beside it. */
    public record Named<T>(
            @JsonUnwrapped T view,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = DESCRIPTION) Map<String, String> names) {}
}
