package org.partnershipledger.web.erasure;

import com.mongodb.client.MongoDatabase;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.RuleViolation;
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
import org.partnershipledger.query.programme.ListProgrammes;
import org.partnershipledger.query.programme.ProgrammeSummary;
import org.partnershipledger.web.security.UserAccounts;
import org.partnershipledger.web.store.DataStore;
import org.partnershipledger.web.store.LedgerNodes;
import org.partnershipledger.web.store.ReadModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Erases a person (crypto-shredding): destroys their key and the keys of the citizen partners they
 * represented (a citizen partner is that person), drops the snapshots and rebuilds every read model, so
 * that no copy of their personal data is left in plain text anywhere in the database, then overwrites
 * what the store's file still held of it, and closes their accounts. The events stay, and so does the hash chain, which covers the encrypted form.
 */
@Component
public class PersonErasure {

    private static final Logger log = LoggerFactory.getLogger(PersonErasure.class);
    private static final Duration REBUILD_TIMEOUT = Duration.ofMinutes(10);
    // Every live node forgets within a heartbeat or two; a node silent longer than this is dead.
    private static final Duration ELSEWHERE_TIMEOUT = LedgerNodes.SILENT_FOR.multipliedBy(3);

    private final PersonalKeys keys;
    private final PartnershipHistory histories;
    private final QueryGateway queries;
    private final EventGateway events;
    private final ReadModels readModels;
    private final UserAccounts users;
    private final MongoDatabase database;
    private final DataStore store;
    private final KeptPersonalData kept;
    private final LedgerNodes nodes;
    private final ExecutorService purger = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "erasure-purge");
        thread.setDaemon(true);
        return thread;
    });

    PersonErasure(
            PersonalKeys keys,
            PartnershipHistory histories,
            QueryGateway queries,
            EventGateway events,
            ReadModels readModels,
            UserAccounts users,
            MongoDatabase database,
            DataStore store,
            KeptPersonalData kept,
            LedgerNodes nodes) {
        this.keys = keys;
        this.histories = histories;
        this.queries = queries;
        this.events = events;
        this.readModels = readModels;
        this.users = users;
        this.database = database;
        this.store = store;
        this.kept = kept;
        this.nodes = nodes;
    }

    /** What was erased: how many keys, and the read models now being rebuilt. */
    public record Erasure(String person, int keysDestroyed, List<String> rebuilding) {}

    /** Erasing someone the ledger holds nothing of would only rebuild every read model for nothing. */
    static final class UnknownPerson extends RuleViolation {
        UnknownPerson(PersonId person) {
            super("unknown-person", Kind.UNKNOWN, "The ledger holds nothing of person " + person);
        }
    }

    @CommandHandler
    public Erasure handle(ErasePerson command) {
        if (!knows(command.person())) {
            throw new UnknownPerson(command.person());
        }
        Set<String> subjects = new LinkedHashSet<>();
        subjects.add(PersonalData.subjectOf(command.person()));
        citizenPartnersRepresentedBy(command.person())
                .forEach(partner -> subjects.add(PersonalData.subjectOf(partner.id())));
        subjects.forEach(keys::destroy);
        // Histories kept decoded in memory, the authority's folds and loaded partnerships hold partners' names
        // (a citizen partner's among them) in plain text; read again, they hold none.
        kept.forget();
        // Other nodes on the store keep the same in their memory: answered once they forgot it too.
        try {
            nodes.erased(ELSEWHERE_TIMEOUT);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
        // Snapshots keep aggregates' state in plain text; aggregates are rebuilt from their events. Deleted once
        // no node keeps a partnership from before the erasure that it could snapshot again.
        database.getCollection("snapshots").deleteMany(new Document());
        users.closeFor(command.person());
        events.publish(new PersonErased(command.person(), subjects.size(), command.occurredOn()));
        List<String> rebuilding = readModels.replayAll();
        purger.execute(this::purgeOnceRebuilt);
        return new Erasure(command.person().value(), subjects.size(), rebuilding);
    }

    /**
     * Deleting a key or a read-model row leaves its bytes in the store's file until they are overwritten,
     * so once the read models no longer hold the person's data, the file keeps none of it either.
     */
    private void purgeOnceRebuilt() {
        try {
            if (!readModels.awaitUpToDate(REBUILD_TIMEOUT)) {
                log.warn("The read models took over {} to rebuild after an erasure; purging now", REBUILD_TIMEOUT);
            }
            long wiped = store.purgeDeleted();
            log.info("After an erasure, {} bytes of deleted data were overwritten in the store", wiped);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Purging deleted data after an erasure failed", e);
        }
    }

    /** Someone the ledger holds anything of: a key, a user, a partnership they take part in, a programme. */
    private boolean knows(PersonId person) {
        return keys.has(PersonalData.subjectOf(person))
                || users.anyLinkedTo(person)
                || !queries.query(
                                new ListPartnerships(person.value()),
                                ResponseTypes.multipleInstancesOf(PartnershipSummary.class))
                        .join()
                        .isEmpty()
                || !queries.query(
                                new ListProgrammes(person.value()),
                                ResponseTypes.multipleInstancesOf(ProgrammeSummary.class))
                        .join()
                        .isEmpty();
    }

    @PreDestroy
    void stop() {
        purger.shutdownNow();
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
