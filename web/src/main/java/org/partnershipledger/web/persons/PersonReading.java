package org.partnershipledger.web.persons;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.history.PartnershipHistory;
import org.partnershipledger.query.partnership.ListPartnerships;
import org.partnershipledger.query.partnership.PartnershipSummary;
import org.partnershipledger.web.security.AccessRefused;
import org.partnershipledger.web.security.Actor;
import org.partnershipledger.web.security.Authority;
import org.partnershipledger.web.security.Capacity;
import org.springframework.stereotype.Component;

/**
 * Who may know who a person is (README, "Who may do what"): facilitators and administrators every
 * registered person; a person themself and those who take part in a partnership with them (their name and
 * organisation, not how to reach them); researchers nobody, they read pseudonyms.
 */
@Component
public class PersonReading {

    private final Authority authority;
    private final QueryGateway queries;
    private final PartnershipHistory histories;

    PersonReading(Authority authority, QueryGateway queries, PartnershipHistory histories) {
        this.authority = authority;
        this.queries = queries;
        this.histories = histories;
    }

    /** Whether the signed-in user reads names at all: no researcher does, so no page gives one away. */
    public boolean readsNames() {
        return readsNames(authority.actor());
    }

    public static boolean readsNames(Actor actor) {
        return !actor.has(Capacity.RESEARCHER)
                && (keepsTheRegister(actor) || actor.person().isPresent());
    }

    /** Refuses a user who reads no names: a researcher, or a user linked to no person. */
    public void toReadNames() {
        if (!readsNames()) {
            throw new AccessRefused(
                    "readNames", "Refused: researchers read persons as pseudonyms, never by name or id");
        }
    }

    /** Whether the user reads every person in the register. */
    public boolean readsEveryone() {
        Actor actor = authority.actor();
        return readsNames(actor) && keepsTheRegister(actor);
    }

    /** Registering persons is part of setting partnerships and programmes up, or of managing users. */
    public void toRegister() {
        Actor actor = authority.actor();
        if (!keepsTheRegister(actor)) {
            throw new AccessRefused(
                    "registerPerson", "Refused: only a facilitator or an administrator registers persons");
        }
    }

    /** A person corrects their own details; a facilitator or an administrator anyone's. */
    public void toCorrect(PersonId person) {
        Actor actor = authority.actor();
        if (!keepsTheRegister(actor) && !actor.is(person)) {
            throw new AccessRefused(
                    "correctPerson",
                    "Refused: only the person themself, a facilitator or an administrator corrects their details");
        }
    }

    /** Whether the user may read how to reach the person (e-mail, phone), not only who they are. */
    public boolean readsContactDetailsOf(PersonId person) {
        Actor actor = authority.actor();
        return readsNames(actor) && (keepsTheRegister(actor) || actor.is(person));
    }

    /** Refuses a user who may not know who the person is. */
    public void toKnow(PersonId person) {
        Actor actor = authority.actor();
        if (!readsNames(actor) || !(keepsTheRegister(actor) || known(actor).contains(person))) {
            throw new AccessRefused(
                    "knowPerson",
                    "Refused: a person's name is read by facilitators, administrators and those who take part in a"
                            + " partnership with them",
                    person);
        }
    }

    /** The persons a user who keeps no register may know: themself and who takes part with them. */
    public Set<PersonId> known() {
        return known(authority.actor());
    }

    private Set<PersonId> known(Actor actor) {
        Set<PersonId> known = new HashSet<>();
        if (!readsNames(actor) || actor.person().isEmpty()) {
            return known;
        }
        PersonId self = actor.person().get();
        known.add(self);
        List<PartnershipSummary> theirs = queries.query(
                        new ListPartnerships(self.value()), ResponseTypes.multipleInstancesOf(PartnershipSummary.class))
                .join();
        for (PartnershipSummary partnership : theirs) {
            List<HistoryEvent> history = histories.of(partnership.id());
            known.addAll(
                    PersonsNamed.in(history.stream().map(HistoryEvent::event).toList()));
        }
        return known;
    }

    private static boolean keepsTheRegister(Actor actor) {
        return actor.has(Capacity.FACILITATOR) || actor.has(Capacity.ADMINISTRATOR);
    }
}
