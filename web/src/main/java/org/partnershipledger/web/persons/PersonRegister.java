package org.partnershipledger.web.persons;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.partnershipledger.query.person.FindPersons;
import org.partnershipledger.query.person.ListPersons;
import org.partnershipledger.query.person.PersonView;
import org.springframework.stereotype.Component;

/** The register of persons as the read model has it; who may read it is the caller's to check. */
@Component
public class PersonRegister {

    private final QueryGateway queries;

    PersonRegister(QueryGateway queries) {
        this.queries = queries;
    }

    public List<PersonView> all() {
        return queries.query(new ListPersons(), ResponseTypes.multipleInstancesOf(PersonView.class))
                .join();
    }

    public Map<String, PersonView> find(Collection<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        wanted.remove(null);
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return queries
                .query(new FindPersons(wanted), ResponseTypes.multipleInstancesOf(PersonView.class))
                .join()
                .stream()
                .collect(Collectors.toMap(PersonView::id, Function.identity()));
    }

    public Optional<PersonView> find(String id) {
        return Optional.ofNullable(find(List.of(id)).get(id));
    }
}
