package org.partnershipledger.web.erasure;

import com.mongodb.client.MongoDatabase;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.erasure.ErasePerson;
import org.partnershipledger.core.erasure.PersonErased;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.PartnerAdmitted;
import org.partnershipledger.core.partnership.PartnershipFormed;
import org.partnershipledger.core.partnership.RepresentativeAppointed;
import org.partnershipledger.core.partnership.RepresentativeReplaced;
import org.partnershipledger.core.store.PersonalData;
import org.partnershipledger.core.store.PersonalKeys;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.history.PartnershipHistory;
import org.partnershipledger.query.partnership.ListPartnerships;
import org.partnershipledger.query.partnership.PartnershipSummary;
import org.partnershipledger.web.security.UserAccounts;
import org.partnershipledger.web.store.ReadModels;
import org.springframework.stereotype.Component;

/**
 * Erases a person (crypto-shredding): destroys their key and the keys of the citizen partners they
 * represented (a citizen partner is that person), drops the snapshots and rebuilds every read model, so
 * that no copy of their personal data is left in plain text anywhere in the database, and closes their
 * accounts. The events stay, and so does the hash chain, which covers the encrypted form.
 */
@Component
public class PersonErasure {

    private final PersonalKeys keys;
    private final PartnershipHistory histories;
    private final QueryGateway queries;
    private final EventGateway events;
    private final ReadModels readModels;
    private final UserAccounts users;
    private final MongoDatabase database;

    PersonErasure(
            PersonalKeys keys,
            PartnershipHistory histories,
            QueryGateway queries,
            EventGateway events,
            ReadModels readModels,
            UserAccounts users,
            MongoDatabase database) {
        this.keys = keys;
        this.histories = histories;
        this.queries = queries;
        this.events = events;
        this.readModels = readModels;
        this.users = users;
        this.database = database;
    }

    /** What was erased: how many keys, and the read models now being rebuilt. */
    public record Erasure(String person, int keysDestroyed, List<String> rebuilding) {}

    @CommandHandler
    public Erasure handle(ErasePerson command) {
        Set<String> subjects = new LinkedHashSet<>();
        subjects.add(PersonalData.subjectOf(command.person()));
        citizenPartnersRepresentedBy(command.person())
                .forEach(partner -> subjects.add(PersonalData.subjectOf(partner.id())));
        subjects.forEach(keys::destroy);
        // Snapshots keep aggregates' state in plain text; aggregates are rebuilt from their events.
        database.getCollection("snapshots").deleteMany(new Document());
        users.closeFor(command.person());
        events.publish(new PersonErased(command.person(), subjects.size(), command.occurredOn()));
        return new Erasure(command.person().value(), subjects.size(), readModels.replayAll());
    }

    private Set<Partner> citizenPartnersRepresentedBy(PersonId person) {
        Set<Partner> citizens = new LinkedHashSet<>();
        List<PartnershipSummary> partnerships = queries.query(
                        new ListPartnerships(person.value()),
                        ResponseTypes.multipleInstancesOf(PartnershipSummary.class))
                .join();
        for (PartnershipSummary partnership : partnerships) {
            List<HistoryEvent> history = histories.of(partnership.id());
            Set<Partner> partners = new LinkedHashSet<>();
            for (HistoryEvent recorded : history) {
                if (recorded.event() instanceof PartnershipFormed formed) {
                    partners.addAll(formed.partners());
                } else if (recorded.event() instanceof PartnerAdmitted admitted) {
                    partners.add(admitted.partner());
                }
            }
            for (HistoryEvent recorded : history) {
                Object represented = recorded.event() instanceof RepresentativeAppointed appointed
                                && appointed.person().equals(person)
                        ? appointed.partner()
                        : recorded.event() instanceof RepresentativeReplaced replaced
                                        && replaced.incoming().equals(person)
                                ? replaced.partner()
                                : null;
                partners.stream()
                        .filter(partner -> partner.citizen() && partner.id().equals(represented))
                        .forEach(citizens::add);
            }
        }
        return citizens;
    }
}
